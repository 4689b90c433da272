import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { asApi } from "@/lib/interviews/api-errors";
import { getInterview, toApiState } from "@/lib/interviews/get-interview";

export const GET = apiRoute({}, async ({ user, params, now }) =>
  toApiState(await asApi(() => getInterview(db(), user.id, params.id ?? "", now))));
