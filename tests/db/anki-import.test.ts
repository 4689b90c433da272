import { beforeAll, expect, it } from "vitest";
import { zipSync } from "fflate";
import { importAnki } from "@/lib/anki/import-anki";
import { AnkiRefused } from "@/lib/anki/read-apkg";
import { makeScheduler } from "@/lib/review/scheduler";
import { Rating, createEmptyCard } from "ts-fsrs";
import { describeDb, testProvider, useTestDb } from "../support/test-db";
import { getQueue } from "@/lib/review/get-queue";
import { importChapters, makeUser } from "../support/seed";
import { buildApkg, buildCollection } from "../support/anki-fixture";

const now = new Date("2026-03-11T12:00:00Z");
const day = 86_400_000;
const t0 = Date.UTC(2025, 0, 10, 9);

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AnkiRefused) return e.message;
    throw e;
  }
  throw new Error("expected the import to be refused");
}

describeDb("anki import", () => {
  const t = useTestDb();
  beforeAll(async () => {
    await importChapters(t.db, ["tests/fixtures/content/01-containers-and-images.md"]);
  });

  it("basic, reversed and cloze notes become cards in decks named as in Anki; HTML becomes text, media is counted, tags kept", async () => {
    const u = await makeUser(t.db);
    const apkg = buildApkg({
      decks: { 1: "Default", 20: "Spanish::Verbs" },
      notes: [
        {
          kind: "basic",
          fields: ["What is <b>etcd</b>?<br>Be brief.", 'A key&ndash;value &amp; consensus store <img src="x.png">'],
          tags: "k8s storage",
        },
        { kind: "reversed", fields: ["hablar", "to speak [sound:hablar.mp3]"], deck: 20 },
        { kind: "cloze", fields: ["{{c1::Paris}} is the capital of {{c2::France::country}}", "extra"] },
        {
          kind: "basic",
          fields: ["<img src=x onerror=alert(1)>&lt;img src=x onerror=alert(1)&gt;", "<script>alert(1)</script>safe"],
        },
        { kind: "basic", fields: ["<img src=only.png>", "empty front"] },
      ],
    });
    const r = await importAnki(t.db, u.id, apkg, now);
    // Media references left out, per card: the reversed note's sound counts on both of its cards.
    expect(r).toMatchObject({ cards: 6, reviews: 0, skipped: { media: 5, empty: 1, duplicates: 0, unsupported: 0 } });
    expect(r.deckIds).toHaveLength(2);
    const decks = await t.db.deck.findMany({
      where: { id: { in: r.deckIds } },
      select: { name: true, kind: true, ownerId: true },
    });
    expect(decks.map((d) => d.name).sort()).toEqual(["Default", "Spanish::Verbs"]);
    expect(decks.every((d) => d.kind === "user" && d.ownerId === u.id)).toBe(true);
    const qs = await t.db.question.findMany({
      where: { deckId: { in: r.deckIds } },
      select: { prompt: true, modelAnswer: true, tags: true },
    });
    const byPrompt = new Map(qs.map((q) => [q.prompt, q]));
    expect(byPrompt.get("What is etcd?\nBe brief.")).toEqual({
      prompt: "What is etcd?\nBe brief.",
      modelAnswer: "A key–value & consensus store",
      tags: "k8s storage",
    });
    expect(byPrompt.get("hablar")?.modelAnswer).toBe("to speak");
    expect(byPrompt.get("to speak")?.modelAnswer).toBe("hablar");
    expect(byPrompt.get("[...] is the capital of France")?.modelAnswer).toBe("Paris");
    expect(byPrompt.get("Paris is the capital of [country]")?.modelAnswer).toBe("France");
    // Escaped HTML in a note is kept as the characters it shows; real tags and scripts are gone.
    expect(byPrompt.get("<img src=x onerror=alert(1)>")?.modelAnswer).toBe("safe");
    expect(await t.db.card.count({ where: { userId: u.id, deckId: { in: r.deckIds } } })).toBe(6);
  });

  it("the review log becomes review history and each card's FSRS state is rebuilt from it", async () => {
    const u = await makeUser(t.db);
    const apkg = buildApkg({
      notes: [
        { kind: "basic", fields: ["Q1", "A1"] },
        { kind: "basic", fields: ["Q2", "A2"], suspended: true },
        { kind: "basic", fields: ["Q3", "A3"] },
      ],
      reviews: [
        { note: 0, at: t0, ease: 3 },
        { note: 0, at: t0 + 600_000, ease: 3 },
        { note: 0, at: t0 + 3 * day, ease: 3 },
        { note: 0, at: t0 + 9 * day, ease: 1 },
        { note: 0, at: t0 + 9 * day + 1000, ease: 0, type: 4 }, // a manual reschedule: not a review
        { note: 1, at: t0, ease: 4 },
      ],
    });
    const r = await importAnki(t.db, u.id, apkg, now);
    expect(r).toMatchObject({ cards: 3, reviews: 5 });
    const cards = await t.db.card.findMany({
      where: { deckId: r.deckIds[0] },
      select: {
        id: true,
        state: true,
        reps: true,
        lapses: true,
        stability: true,
        due: true,
        suspended: true,
        question: { select: { prompt: true } },
      },
    });
    const byPrompt = new Map(cards.map((c) => [c.question.prompt, c]));
    // The same reviews through ts-fsrs with the user's settings give the same card.
    const user = await t.db.user.findUniqueOrThrow({ where: { id: u.id } });
    const f = makeScheduler(user);
    let expected = createEmptyCard(new Date(t0 - 1));
    for (const [at, rating] of [
      [t0, Rating.Good],
      [t0 + 600_000 + 1, Rating.Good],
      [t0 + 3 * day + 2, Rating.Good],
      [t0 + 9 * day + 3, Rating.Again],
    ] as const) {
      expected = f.next(expected, new Date(at), rating).card;
    }
    expect(byPrompt.get("Q1")).toMatchObject({ reps: 4, lapses: 1, state: expected.state, due: expected.due });
    expect(byPrompt.get("Q1")!.stability).toBeCloseTo(expected.stability, 6);
    expect(byPrompt.get("Q2")).toMatchObject({ reps: 1, suspended: true });
    expect(byPrompt.get("Q3")).toMatchObject({ reps: 0, state: 0 });
    const logs = await t.db.reviewLog.findMany({
      where: { cardId: byPrompt.get("Q1")!.id },
      orderBy: { review: "asc" },
      select: { rating: true, day: true, firstOfDay: true, durationMs: true },
    });
    expect(logs.map((l) => l.rating)).toEqual([3, 3, 3, 1]);
    expect(logs.map((l) => l.firstOfDay)).toEqual([true, false, true, true]);
    expect(logs[0]).toMatchObject({ day: "2025-01-10", durationMs: 5000 });
    // Rows written by the bulk insert read, compare and order like rows Prisma wrote.
    const queue = await getQueue(t.db, user, now, { deckId: r.deckIds[0], take: 10 });
    expect(queue.cards.map((c) => c.prompt)).toEqual(["Q1", "Q3"]);
    const raw = async (sql: string) => (await t.db.$queryRawUnsafe<{ d: unknown }[]>(sql))[0]!.d;
    if (testProvider() === "sqlite") {
      // The same stored text format (SQLite compares dates as text).
      const shape = (v: unknown) => String(v).replace(/\d/g, "0");
      const imported = await raw(
        `SELECT CAST("due" AS TEXT) AS d FROM "Card" WHERE "id" = '${byPrompt.get("Q1")!.id}'`,
      );
      const prismaWritten = await raw(`SELECT CAST("due" AS TEXT) AS d FROM "Card" WHERE "deckId" = 'course' LIMIT 1`);
      expect(shape(imported)).toBe(shape(prismaWritten));
    }
  });

  it("refuses what is not an Anki package, damaged or too big, and writes nothing", async () => {
    const u = await makeUser(t.db);
    const before = await t.db.deck.count();
    const enc = new TextEncoder();
    expect(await refusal(importAnki(t.db, u.id, enc.encode("just text"), now))).toMatch(/not a zip/);
    expect(await refusal(importAnki(t.db, u.id, zipSync({ "notes.txt": enc.encode("hi") }), now))).toMatch(
      /no Anki collection/,
    );
    expect(
      await refusal(
        importAnki(
          t.db,
          u.id,
          zipSync({ "collection.anki21": enc.encode("SQLite format 3\0garbage".repeat(100)) }),
          now,
        ),
      ),
    ).toMatch(/damaged|not a readable|not from Anki/);
    const notAnki = buildCollection({ notes: [] }); // a real SQLite file...
    expect(await refusal(importAnki(t.db, u.id, zipSync({ "collection.anki2": notAnki }), now))).toMatch(/no cards/);
    expect(
      await refusal(
        importAnki(
          t.db,
          u.id,
          zipSync({
            "collection.anki2": buildCollection({ notes: [{ kind: "basic", fields: ["stub", "x"] }] }),
            "collection.anki21b": enc.encode("zstd"),
          }),
          now,
        ),
      ),
    ).toMatch(/Support older Anki versions/);
    const truncated = buildApkg({ notes: [{ kind: "basic", fields: ["Q", "A"] }] }).slice(0, 300);
    expect(await refusal(importAnki(t.db, u.id, truncated, now))).toMatch(/damaged|no Anki collection/);
    expect(await t.db.deck.count()).toBe(before);
  });

  it("refuses zip bombs by the declared size and by the bytes really inflated", async () => {
    const u = await makeUser(t.db);
    const apkg = buildApkg({ notes: [{ kind: "basic", fields: ["Q", "A"] }] });
    // Lie about the collection's size in both the local header and the central directory.
    const lie = (size: number) => {
      const z = apkg.slice();
      const v = new DataView(z.buffer);
      for (let i = 0; i < z.length - 4; i++) {
        const sig = v.getUint32(i, true);
        const name = (at: number, len: number) => new TextDecoder().decode(z.subarray(at, at + len));
        if (sig === 0x04034b50 && name(i + 30, v.getUint16(i + 26, true)) === "collection.anki21")
          v.setUint32(i + 22, size, true);
        if (sig === 0x02014b50 && name(i + 46, v.getUint16(i + 28, true)) === "collection.anki21")
          v.setUint32(i + 24, size, true);
      }
      return z;
    };
    expect(await refusal(importAnki(t.db, u.id, lie(0xfffffff0), now))).toMatch(/declares/);
    expect(await refusal(importAnki(t.db, u.id, lie(1000), now))).toMatch(/inflates past the size it declares/);
    expect(await t.db.deck.count({ where: { ownerId: u.id } })).toBe(0);
  });

  it("keeps a deck within 5,000 cards", async () => {
    const u = await makeUser(t.db);
    const notes = Array.from({ length: 5_001 }, (_, i) => ({ kind: "basic" as const, fields: [`Q${i}`, `A${i}`] }));
    expect(await refusal(importAnki(t.db, u.id, buildApkg({ notes }), now))).toMatch(
      /5001 cards; a deck may hold 5000/,
    );
    expect(await t.db.deck.count({ where: { ownerId: u.id } })).toBe(0);
  });
});
