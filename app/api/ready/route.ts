// Readiness for load balancers: 200 when this instance can serve (its database
// answers), 503 while it starts (scripts/start.mjs answers for it then) or
// drains after SIGTERM, or when the database does not answer within 2 s.
// /api/health stays the cheap liveness check that touches nothing.
import { apiJson } from "@/lib/api/json-response";
import { db } from "@/lib/db";
import { serverState } from "@/lib/server/lifecycle";

export const dynamic = "force-dynamic";

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p,
    new Promise<never>((_, no) => setTimeout(() => no(new Error(`no answer in ${ms} ms`)), ms).unref()),
  ]);

export async function GET() {
  if (serverState() === "draining") return apiJson({ status: "draining" }, 503);
  try {
    await within(db().$queryRaw`SELECT 1`, 2000);
    return apiJson({ status: "ready" }, 200);
  } catch {
    return apiJson({ status: "unavailable" }, 503);
  }
}
