// Chapter files into a deck, through the same parser and importer as
// `npm run content`. All or nothing: any parse error, or a cap passed, and the
// transaction writes nothing; every error is reported with file and line.
import type { TDb } from "@/lib/db/client";
import { checkContent } from "@/lib/content/check-content";
import { importContent, type TImportSummary } from "@/lib/content/import-content";
import { deckStudents, findDeckToEdit } from "./access";
import { inDeck, splitBundle } from "./deck-chapters";
import { MAX_CARDS_PER_DECK, MAX_FILES_PER_UPLOAD, MAX_UPLOAD_BYTES } from "./limits";

export type TUploadFile = { name: string; text: string };
export type TFileError = { file: string; line: number; message: string };
export type TUploadResult =
  { ok: true; created: number; updated: number; retired: number } | { ok: false; errors: TFileError[] };

class Rejected extends Error {
  constructor(public errors: TFileError[]) {
    super("upload rejected");
  }
}
// A preview runs the real import and throws it away, so it counts exactly what a confirm would do.
class DryRun extends Error {
  constructor(public summary: TImportSummary) {
    super("dry run");
  }
}

export async function uploadChapters(
  db: TDb,
  userId: string,
  deckId: string,
  input: TUploadFile[],
  opts: { now?: Date; dryRun?: boolean } = {},
): Promise<TUploadResult> {
  const deck = await findDeckToEdit(db, userId, deckId);
  const first = input[0]?.name ?? "upload";
  const bytes = input.reduce((n, f) => n + Buffer.byteLength(f.text, "utf8"), 0);
  if (bytes > MAX_UPLOAD_BYTES)
    return fail(
      first,
      `the upload is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB`,
    );
  const files = input.flatMap((f) => splitBundle(f.name, f.text));
  if (!files.length) return fail(first, "no chapter files");
  if (files.length > MAX_FILES_PER_UPLOAD)
    return fail(first, `${files.length} files; at most ${MAX_FILES_PER_UPLOAD} per upload`);
  const checked = checkContent(files.map((f) => ({ file: f.name, bytes: f.text })));
  if (checked.errors.length)
    return { ok: false, errors: checked.errors.map(({ file, line, message }) => ({ file, line, message })) };

  const students = await deckStudents(db, deck);
  let summary: TImportSummary;
  try {
    summary = await importContent(
      db,
      checked.lessons.map((c) => inDeck(deck.id, c)),
      {
        now: opts.now,
        deck: { id: deck.id, students },
        check: async (tx, s) => {
          const live = await tx.question.count({ where: { deckId: deck.id, retired: false } });
          if (live > MAX_CARDS_PER_DECK)
            throw new Rejected([
              {
                file: first,
                line: 1,
                message: `the deck would hold ${live} cards; the limit is ${MAX_CARDS_PER_DECK}`,
              },
            ]);
          if (opts.dryRun) throw new DryRun(s);
        },
      },
    );
  } catch (e) {
    if (e instanceof Rejected) return { ok: false, errors: e.errors };
    if (e instanceof DryRun) summary = e.summary;
    else throw e;
  }
  const q = summary.questions;
  return { ok: true, created: q.created, updated: q.updated, retired: q.retired };
}

function fail(file: string, message: string): TUploadResult {
  return { ok: false, errors: [{ file, line: 1, message }] };
}
