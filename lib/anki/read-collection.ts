// Reads an Anki collection (SQLite, schema 11: collection.anki2 / .anki21)
// from a temporary file that is always removed. Read-only: the file is never
// written to, and a file that is not such a collection is refused by name.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { AnkiRefused } from "./read-apkg";
import type { TNoteType } from "./render-card";

export type TAnkiCard = { id: number; nid: number; did: number; ord: number; queue: number };
export type TAnkiNote = { id: number; mid: number; tags: string; flds: string };
export type TAnkiReview = { id: number; cid: number; ease: number; type: number; time: number };
export type TAnkiCollection = {
  models: Map<number, TNoteType>;
  decks: Map<number, string>;
  notes: Map<number, TAnkiNote>;
  cards: TAnkiCard[];
  revlog: TAnkiReview[];
};

export function readCollection(bytes: Uint8Array): TAnkiCollection {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-anki-"));
  const file = path.join(dir, "collection.sqlite");
  try {
    fs.writeFileSync(file, bytes);
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
    } catch {
      throw new AnkiRefused("The collection inside is not a readable SQLite database.");
    }
    try {
      return read(db);
    } catch (e) {
      if (e instanceof AnkiRefused) throw e;
      throw new AnkiRefused(`The collection is damaged or not from Anki (${(e as Error).message}).`);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function read(db: Database.Database): TAnkiCollection {
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
  );
  for (const t of ["col", "notes", "cards", "revlog"])
    if (!tables.has(t)) throw new AnkiRefused(`This is not an Anki collection (no "${t}" table).`);
  const col = db.prepare("SELECT models, decks FROM col LIMIT 1").get() as
    { models: string; decks: string } | undefined;
  if (!col) throw new AnkiRefused("This Anki collection has no settings row.");
  const models = new Map<number, TNoteType>();
  for (const m of Object.values(JSON.parse(col.models || "{}") as Record<string, RawModel>)) {
    models.set(Number(m.id), {
      type: m.type ?? 0,
      fields: [...(m.flds ?? [])].sort((a, b) => a.ord - b.ord).map((f) => f.name),
      templates: [...(m.tmpls ?? [])]
        .sort((a, b) => a.ord - b.ord)
        .map((t) => ({ qfmt: t.qfmt ?? "", afmt: t.afmt ?? "" })),
    });
  }
  const decks = new Map<number, string>();
  for (const d of Object.values(JSON.parse(col.decks || "{}") as Record<string, { id: number; name: string }>))
    decks.set(Number(d.id), String(d.name));
  const notes = new Map<number, TAnkiNote>();
  for (const n of db.prepare("SELECT id, mid, tags, flds FROM notes").iterate() as Iterable<TAnkiNote>)
    notes.set(n.id, n);
  const cards = db.prepare("SELECT id, nid, did, ord, queue FROM cards ORDER BY did, due, id").all() as TAnkiCard[];
  const revlog = db.prepare("SELECT id, cid, ease, type, time FROM revlog ORDER BY cid, id").all() as TAnkiReview[];
  return { models, decks, notes, cards, revlog };
}

type RawModel = {
  id: number | string;
  type?: number;
  flds?: { name: string; ord: number }[];
  tmpls?: { ord: number; qfmt?: string; afmt?: string }[];
};
