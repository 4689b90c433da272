// The `file` field of a multipart upload, read with a byte cap (stops reading
// past it, declared length or not) before the multipart parser sees it.
import { AnkiRefused, MAX_APKG_BYTES } from "./read-apkg";

const SLACK = 64 * 1024; // multipart boundaries and headers

export async function readApkgUpload(request: Request): Promise<Uint8Array> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type))
    throw new AnkiRefused('Send the .apkg as multipart/form-data in a field named "file".');
  const tooBig = () => new AnkiRefused(`The file is over ${MAX_APKG_BYTES / 1048576} MB.`);
  if (Number(request.headers.get("content-length") ?? NaN) > MAX_APKG_BYTES + SLACK) throw tooBig();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_APKG_BYTES + SLACK) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  const form = await new Response(Buffer.concat(chunks), { headers: { "content-type": type } })
    .formData()
    .catch(() => null);
  const file = form?.get("file");
  if (!file || typeof file === "string") throw new AnkiRefused('No file: send the .apkg in a field named "file".');
  return new Uint8Array(await file.arrayBuffer());
}
