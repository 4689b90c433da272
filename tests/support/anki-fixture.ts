// Builds .apkg files in code (Anki's schema 11 in a real SQLite file, zipped
// with fflate) for tests and the import benchmark: no binary from elsewhere.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { zipSync, type Zippable } from "fflate";

const BASIC = 1001;
const REVERSED = 1002;
const CLOZE = 1003;
const basicTmpl = (q: string, a: string, ord: number) => ({
  ord,
  name: `Card ${ord + 1}`,
  qfmt: `{{${q}}}`,
  afmt: `{{FrontSide}}<hr id=answer>{{${a}}}`,
});
const MODELS = {
  [BASIC]: {
    id: BASIC,
    name: "Basic",
    type: 0,
    flds: [
      { name: "Front", ord: 0 },
      { name: "Back", ord: 1 },
    ],
    tmpls: [basicTmpl("Front", "Back", 0)],
  },
  [REVERSED]: {
    id: REVERSED,
    name: "Basic (and reversed card)",
    type: 0,
    flds: [
      { name: "Front", ord: 0 },
      { name: "Back", ord: 1 },
    ],
    tmpls: [basicTmpl("Front", "Back", 0), basicTmpl("Back", "Front", 1)],
  },
  [CLOZE]: {
    id: CLOZE,
    name: "Cloze",
    type: 1,
    flds: [
      { name: "Text", ord: 0 },
      { name: "Extra", ord: 1 },
    ],
    tmpls: [{ ord: 0, name: "Cloze", qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>{{Extra}}" }],
  },
};

export type TFixtureNote = {
  kind: "basic" | "reversed" | "cloze";
  fields: string[];
  tags?: string;
  deck?: number;
  suspended?: boolean;
};
export type TFixtureReview = { note: number; ord?: number; at: number; ease: number; type?: number; timeMs?: number };
export type TFixture = {
  decks?: Record<number, string>;
  notes: TFixtureNote[];
  reviews?: TFixtureReview[];
  file?: "collection.anki2" | "collection.anki21";
  extra?: Zippable;
};

export function buildCollection(fx: TFixture): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "anki-fixture-"));
  const file = path.join(dir, "c.anki2");
  const db = new Database(file);
  try {
    db.exec(`
      CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer, ver integer, dty integer, usn integer, ls integer, conf text, models text, decks text, dconf text, tags text);
      CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text, flds text, sfld integer, csum integer, flags integer, data text);
      CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, mod integer, usn integer, type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer, left integer, odue integer, odid integer, flags integer, data text);
      CREATE TABLE revlog (id integer primary key, cid integer, usn integer, ease integer, ivl integer, lastIvl integer, factor integer, time integer, type integer);
      CREATE TABLE graves (usn integer, oid integer, type integer);`);
    const decks = Object.fromEntries(
      Object.entries(fx.decks ?? { 1: "Default" }).map(([id, name]) => [id, { id: Number(id), name }]),
    );
    db.prepare("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')").run(
      JSON.stringify(MODELS),
      JSON.stringify(decks),
    );
    const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, '', 0, 0, '')");
    const card = db.prepare("INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    const rev = db.prepare("INSERT INTO revlog VALUES (?, ?, 0, ?, 1, 0, 2500, ?, ?)");
    const base = 1_600_000_000_000;
    const cardId = (n: number, ord: number) => base + n * 10 + ord;
    db.transaction(() => {
      fx.notes.forEach((n, i) => {
        const nid = base + i;
        const mid = n.kind === "basic" ? BASIC : n.kind === "reversed" ? REVERSED : CLOZE;
        note.run(nid, `g${i}`, mid, ` ${n.tags ?? ""} `, n.fields.join("\x1f"));
        const ords =
          n.kind === "basic"
            ? [0]
            : n.kind === "reversed"
              ? [0, 1]
              : [...new Set([...n.fields[0]!.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]) - 1))];
        for (const ord of ords) card.run(cardId(i, ord), nid, n.deck ?? 1, ord, n.suspended ? -1 : 0, i);
      });
      (fx.reviews ?? []).forEach((r, j) =>
        rev.run(r.at + j, cardId(r.note, r.ord ?? 0), r.ease, r.timeMs ?? 5000, r.type ?? 1),
      );
    })();
  } finally {
    db.close();
  }
  const bytes = new Uint8Array(fs.readFileSync(file));
  fs.rmSync(dir, { recursive: true, force: true });
  return bytes;
}

export function buildApkg(fx: TFixture): Uint8Array {
  return zipSync({
    [fx.file ?? "collection.anki21"]: buildCollection(fx),
    media: new TextEncoder().encode("{}"),
    ...(fx.extra ?? {}),
  });
}
