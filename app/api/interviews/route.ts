import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { apiJson } from "@/lib/api/json-response";
import { getInterview } from "@/lib/interviews/get-interview";
import { ZStartInterview } from "@/lib/interviews/schemas";
import { startInterview } from "@/lib/interviews/start-interview";

export const POST = apiRoute({ body: ZStartInterview }, async ({ user, body, now }) => {
  const id = await startInterview(db(), user, body, now);
  const state = await getInterview(db(), user.id, id, now);
  return apiJson({ id, status: state.status, current: state.current, total: state.total }, 201);
});
