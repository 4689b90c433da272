import { db } from "@/lib/db";
import { apiRoute, ApiError } from "@/lib/api/api-route";
import { importExport, ImportRefused, parseExport } from "@/lib/export/import-export";
import { readUpload } from "@/lib/export/read-upload";

export const POST = apiRoute({}, async ({ user, request }) => {
  let file;
  try {
    file = parseExport(await readUpload(request));
  } catch (e) {
    if (e instanceof ImportRefused) throw new ApiError(400, e.code, e.message);
    throw e;
  }
  return { imported: await importExport(db(), user.id, file) };
});
