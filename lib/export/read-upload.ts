import { DomainError } from "@/lib/errors/domain-error";
import { readCapped } from "@/lib/api/read-json-body";

// An export of a large history is far over the API's 64 KB body cap; imports
// get their own, still bounded (the file is validated whole before anything is written).
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** The request body as text, refused past the cap without reading the rest. */
export async function readUpload(request: Request): Promise<string> {
  const tooLarge = () =>
    new DomainError("invalid", `The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`, {
      status: 413,
      apiCode: "body_too_large",
    });
  if (Number(request.headers.get("content-length") ?? NaN) > MAX_IMPORT_BYTES) throw tooLarge();
  const text = await readCapped(request, MAX_IMPORT_BYTES);
  if (text === null) throw tooLarge();
  return text;
}
