import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { importExport, parseExport } from "@/lib/export/import-export";
import { readUpload } from "@/lib/export/read-upload";

export const POST = apiRoute({}, async ({ user, request }) => ({
  imported: await importExport(db(), user.id, parseExport(await readUpload(request))),
}));
