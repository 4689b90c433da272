import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { getReport, toApiReport } from "@/lib/interviews/get-report";

export const GET = apiRoute({}, async ({ user, params }) =>
  toApiReport(await getReport(db(), user.id, params.id ?? "")),
);
