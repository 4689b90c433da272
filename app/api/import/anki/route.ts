import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { apiJson } from "@/lib/api/json-response";
import { readApkgUpload } from "@/lib/anki/read-apkg-upload";
import { importAnki } from "@/lib/anki/import-anki";

// A big collection takes tens of seconds: the route must not be cut short.
export const maxDuration = 120;

// A refused file throws AnkiRefused (a DomainError): 422 { error: { code: "anki_refused", message } }.
export const POST = apiRoute({}, async ({ user, request, now }) =>
  apiJson(await importAnki(db(), user.id, await readApkgUpload(request), now), 201),
);
