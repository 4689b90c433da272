import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { asApi } from "@/lib/interviews/api-errors";
import { getReport, toApiReport } from "@/lib/interviews/get-report";

export const GET = apiRoute({}, async ({ user, params }) => toApiReport(await asApi(() => getReport(db(), user.id, params.id ?? ""))));
