import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { apiJson } from "@/lib/api/json-response";
import { uploadChapters } from "@/lib/decks/upload-chapters";
import { MAX_UPLOAD_BYTES } from "@/lib/decks/limits";
import { ZChapterUpload } from "@/lib/decks/schemas";

// The JSON envelope around 5 MB of text: escaping can nearly double it, so the body
// cap is generous and the 5 MB rule is applied to the files' own text.
export const POST = apiRoute(
  { body: ZChapterUpload, maxBodyBytes: 2 * MAX_UPLOAD_BYTES },
  async ({ user, body, params, request, now }) => {
    const dryRun = new URL(request.url).searchParams.get("preview") === "1";
    const r = await uploadChapters(db(), user.id, params.id!, body.files, { now, dryRun });
    if (!r.ok) return apiJson({ errors: r.errors }, 422);
    return { created: r.created, updated: r.updated, retired: r.retired };
  },
);
