// Liveness for load balancers and uptime checks: answers without touching the
// database or the session, so it also shows the framework's own cost per request
// (`npm run bench:reviews` reports it as the floor).
import { apiJson } from "@/lib/api/json-response";

export const dynamic = "force-dynamic";

export function GET() {
  return apiJson({ status: "ok" }, 200);
}
