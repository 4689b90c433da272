import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { jsonError } from "@/lib/api/json-error";
import { apiJson } from "@/lib/api/json-response";
import { AnkiRefused } from "@/lib/anki/read-apkg";
import { readApkgUpload } from "@/lib/anki/read-apkg-upload";
import { importAnki } from "@/lib/anki/import-anki";

// A big collection takes tens of seconds: the route must not be cut short.
export const maxDuration = 120;

export const POST = apiRoute({}, async ({ user, request, now }) => {
  try {
    return apiJson(await importAnki(db(), user.id, await readApkgUpload(request), now), 201);
  } catch (e) {
    if (e instanceof AnkiRefused) return jsonError(422, "anki_refused", e.message);
    throw e;
  }
});
