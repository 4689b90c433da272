// The collection file out of an .apkg (a zip). Zip bombs are refused twice:
// by the size each entry declares, and by counting the bytes really inflated
// (stopping at the cap), since a declared size can lie. Only the collection
// entry is ever inflated; media files are left compressed and just counted.
import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import { DomainError } from "@/lib/errors/domain-error";

import { MAX_APKG_BYTES, MAX_COLLECTION_BYTES } from "./limits";

export { MAX_APKG_BYTES, MAX_COLLECTION_BYTES };

/** A file the importer will not take: 422 { error } through apiRoute, nothing written. */
export class AnkiRefused extends DomainError {
  constructor(message: string) {
    super("invalid", message, { status: 422, apiCode: "anki_refused" });
  }
}

const PREFERRED = ["collection.anki21", "collection.anki2"] as const;
const NEWER = "collection.anki21b";

export function readApkg(zip: Uint8Array): { collection: Uint8Array; file: string } {
  if (zip.byteLength > MAX_APKG_BYTES) throw new AnkiRefused(`The file is over ${MAX_APKG_BYTES / 1048576} MB.`);
  if (zip[0] !== 0x50 || zip[1] !== 0x4b)
    throw new AnkiRefused("This is not an Anki package (.apkg): it is not a zip file.");
  const names = new Set<string>();
  const found = new Map<string, Uint8Array>();
  const uz = new Unzip();
  uz.register(UnzipInflate);
  uz.register(UnzipPassThrough);
  uz.onfile = (f) => {
    names.add(f.name);
    if (!(PREFERRED as readonly string[]).includes(f.name)) return;
    if (f.originalSize !== undefined && f.originalSize > MAX_COLLECTION_BYTES) {
      throw new AnkiRefused(
        `The collection inside declares ${Math.round(f.originalSize / 1048576)} MB; the limit is ${MAX_COLLECTION_BYTES / 1048576} MB.`,
      );
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    f.ondata = (err, chunk, final) => {
      if (err) throw new AnkiRefused(`The package is damaged (${err.message}).`);
      size += chunk.byteLength;
      if (size > MAX_COLLECTION_BYTES || (f.originalSize !== undefined && size > f.originalSize)) {
        f.terminate();
        throw new AnkiRefused(
          `The collection inflates past ${f.originalSize !== undefined && size > f.originalSize ? "the size it declares" : `${MAX_COLLECTION_BYTES / 1048576} MB`}: refused.`,
        );
      }
      chunks.push(chunk);
      if (final) found.set(f.name, concat(chunks, size));
    };
    f.start();
  };
  try {
    uz.push(zip, true);
  } catch (e) {
    if (e instanceof AnkiRefused) throw e;
    throw new AnkiRefused(`The package is damaged or not a zip file (${(e as Error).message}).`);
  }
  // Exports without "Support older Anki versions" carry a stub collection.anki2 beside the real .anki21b.
  if (names.has(NEWER) && !found.has("collection.anki21")) {
    throw new AnkiRefused(
      'This package uses Anki\'s newest format (collection.anki21b). In Anki, export again with "Support older Anki versions" ticked.',
    );
  }
  for (const name of PREFERRED) {
    const collection = found.get(name);
    if (collection) return { collection, file: name };
  }
  throw new AnkiRefused("This zip holds no Anki collection (collection.anki2 or collection.anki21).");
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
