import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { finishInterview } from "@/lib/interviews/finish-interview";
import { getInterview, toApiState } from "@/lib/interviews/get-interview";

export const POST = apiRoute({}, async ({ user, params, now }) => {
  const id = params.id ?? "";
  await finishInterview(db(), user.id, id, now);
  return toApiState(await getInterview(db(), user.id, id, now));
});
