import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { getInterview, toApiState } from "@/lib/interviews/get-interview";

export const GET = apiRoute({}, async ({ user, params, now }) =>
  toApiState(await getInterview(db(), user.id, params.id ?? "", now)),
);
