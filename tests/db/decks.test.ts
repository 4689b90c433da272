import { beforeAll, expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { createDeck } from "@/lib/decks/create-deck";
import { listDecks } from "@/lib/decks/list-decks";
import { uploadChapters } from "@/lib/decks/upload-chapters";
import { addCard } from "@/lib/decks/hand-cards";
import { editCard } from "@/lib/decks/edit-card";
import { exportDeck } from "@/lib/decks/export-deck";
import { MAX_DECKS_PER_USER } from "@/lib/decks/limits";
import { createTeam } from "@/lib/teams/create-team";
import { joinTeam } from "@/lib/teams/join-team";
import { leaveTeam, setRole } from "@/lib/teams/manage-team";
import { recordReview } from "@/lib/review/record-review";
import { getQueue } from "@/lib/review/get-queue";
import { exportJsonChunks } from "@/lib/export/export-json";
import { getLesson } from "@/lib/lessons/get-lesson";
import { browseCards } from "@/lib/cards/browse-cards";
import { parseCardQuery } from "@/lib/cards/browse-schema";
import { getLessonsWithProgress } from "@/lib/lessons/get-lessons";
import { reviewCsvChunks } from "@/lib/export/review-csv";
import { importExport, parseExport } from "@/lib/export/import-export";
import { describeDb, useTestDb } from "../support/test-db";
import { importChapters, makeUser } from "../support/seed";
import { deckChapter } from "../support/deck-chapter";

const now = new Date("2026-03-11T12:00:00Z");
let key = 0;
const k = () => `deck-${process.pid}-${key++}`;

async function failure(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected an DomainError");
}
const ok = <T extends { ok: boolean }>(r: T) => {
  expect(r).toMatchObject({ ok: true });
  return r as Extract<T, { ok: true }>;
};

describeDb("decks", () => {
  const t = useTestDb();
  beforeAll(async () => {
    await importChapters(t.db, ["tests/fixtures/content/01-containers-and-images.md"]);
  });

  it("the course is one deck: its lessons, questions and cards carry its id", async () => {
    const u = await makeUser(t.db);
    const deck = await t.db.deck.findUniqueOrThrow({ where: { id: "course" } });
    expect(deck.kind).toBe("course");
    expect(await t.db.question.count({ where: { deckId: { not: "course" } } })).toBe(0);
    const cards = await t.db.card.count({ where: { userId: u.id } });
    expect(cards).toBeGreaterThan(0);
    expect(await t.db.card.count({ where: { userId: u.id, deckId: "course" } })).toBe(cards);
    const decks = await listDecks(t.db, u.id, now);
    expect(decks).toEqual([{ id: "course", name: deck.name, kind: "course", cards, due: 0 }]);
  });

  it("private decks: only the owner sees, studies and edits them; others get not_found", async () => {
    const [a, b] = [await makeUser(t.db), await makeUser(t.db)];
    const deck = await createDeck(t.db, a.id, "My SRE questions");
    const up = ok(await uploadChapters(t.db, a.id, deck.id, [{ name: "01-sre.md", text: deckChapter(1) }], { now }));
    expect(up).toEqual({ ok: true, created: 2, updated: 0, retired: 0 });
    expect((await listDecks(t.db, a.id, now)).map((d) => d.name)).toContain("My SRE questions");
    expect((await listDecks(t.db, b.id, now)).map((d) => d.id)).toEqual(["course"]);
    expect(await t.db.card.count({ where: { deckId: deck.id } })).toBe(2); // the owner's only
    expect(
      (await failure(uploadChapters(t.db, b.id, deck.id, [{ name: "01-sre.md", text: deckChapter(1) }]))).code,
    ).toBe("not_found");
    expect((await failure(exportDeck(t.db, b.id, deck.id))).code).toBe("not_found");
    expect((await failure(addCard(t.db, b.id, deck.id, { question: "Q?", answer: "A" }, now))).code).toBe("not_found");
    // Another user's chapter is neither listed nor readable by its slug.
    const slug = `${deck.id}-01-sre`;
    expect((await getLessonsWithProgress(t.db, a, now)).map((l) => l.slug)).toContain(slug);
    expect((await getLessonsWithProgress(t.db, b, now)).map((l) => l.slug)).not.toContain(slug);
    expect(await getLesson(t.db, slug, a.id)).toMatchObject({ title: "Chapter 1" });
    expect(await getLesson(t.db, slug, b.id)).toBeNull();
    expect(
      (await failure(uploadChapters(t.db, a.id, "course", [{ name: "01-sre.md", text: deckChapter(1) }]))).code,
    ).toBe("forbidden");
    // The queue of one deck holds that deck's cards only.
    const user = await t.db.user.findUniqueOrThrow({ where: { id: a.id } });
    const q = await getQueue(t.db, user, now, { deckId: deck.id, take: 50 });
    expect(q.cards.map((c) => c.prompt).sort()).toEqual(["What does chapter 1 teach?", "Why does chapter 1 matter?"]);
    expect(q.counts.new).toBe(2);
    // The card browser filters by deck.
    const browsed = await browseCards(t.db, user, parseCardQuery({ deck: deck.id }), now, { insensitive: false });
    expect(browsed.rows.map((r) => r.prompt).sort()).toEqual([
      "What does chapter 1 teach?",
      "Why does chapter 1 matter?",
    ]);
  });

  it("team decks: admins create and edit, members study (joiners get cards), non-members see nothing", async () => {
    const [owner, member, outsider] = [await makeUser(t.db), await makeUser(t.db), await makeUser(t.db)];
    const team = await createTeam(t.db, owner.id, "Deck crew");
    await joinTeam(t.db, member.id, team.inviteCode, now, 100);
    expect((await failure(createDeck(t.db, member.id, "Nope", team.slug))).code).toBe("forbidden");
    expect((await failure(createDeck(t.db, outsider.id, "Nope", team.slug))).code).toBe("not_found");
    const deck = await createDeck(t.db, owner.id, "Team drills", team.slug);
    ok(await uploadChapters(t.db, owner.id, deck.id, [{ name: "01-team.md", text: deckChapter(1) }], { now }));
    expect(await t.db.card.count({ where: { deckId: deck.id, userId: member.id } })).toBe(2);
    expect((await listDecks(t.db, member.id, now)).find((d) => d.id === deck.id)).toMatchObject({
      teamSlug: team.slug,
      cards: 2,
    });
    expect(
      (await failure(uploadChapters(t.db, member.id, deck.id, [{ name: "01-team.md", text: deckChapter(1) }]))).code,
    ).toBe("forbidden");
    expect(
      (await failure(uploadChapters(t.db, outsider.id, deck.id, [{ name: "01-team.md", text: deckChapter(1) }]))).code,
    ).toBe("not_found");
    // Someone joining later studies the deck from the first day.
    await joinTeam(t.db, outsider.id, team.inviteCode, now, 100);
    expect(await t.db.card.count({ where: { deckId: deck.id, userId: outsider.id } })).toBe(2);
    const { id: teamId } = await t.db.team.findUniqueOrThrow({ where: { slug: team.slug } });
    await setRole(t.db, { teamId, userId: owner.id, role: "owner" }, member.id, "admin");
    ok(await uploadChapters(t.db, member.id, deck.id, [{ name: "02-team.md", text: deckChapter(2) }], { now }));
    // Leaving takes the team's cards out of the queue; joining again brings them back.
    const live = () => t.db.card.count({ where: { deckId: deck.id, userId: outsider.id, retired: false } });
    expect(await live()).toBe(4);
    await leaveTeam(t.db, { teamId, userId: outsider.id, role: "member" });
    expect(await live()).toBe(0);
    expect((await listDecks(t.db, outsider.id, now)).map((d) => d.id)).not.toContain(deck.id);
    await joinTeam(t.db, outsider.id, team.inviteCode, now, 100);
    expect(await live()).toBe(4);
  });

  it("an upload with errors changes nothing and reports every error with file and line", async () => {
    const a = await makeUser(t.db);
    const deck = await createDeck(t.db, a.id, "Errors");
    const broken = "# 02. Broken\n\n## Interview Q&A\n\n**Q:** A question without an answer?\n";
    const r = await uploadChapters(
      t.db,
      a.id,
      deck.id,
      [
        { name: "01-good.md", text: deckChapter(1) },
        { name: "02-broken.md", text: broken },
        { name: "03-dup.md", text: deckChapter(1).replace("# 01.", "# 01.") },
      ],
      { now },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { file: "02-broken.md", line: 5, message: 'Q: without A: "A question without an answer?"' },
        expect.objectContaining({ file: "03-dup.md", message: expect.stringContaining("chapter number 1") }),
      ]),
    );
    for (const e of r.errors) expect(Object.keys(e).sort()).toEqual(["file", "line", "message"]);
    expect(await t.db.lesson.count({ where: { deckId: deck.id } })).toBe(0);
    expect(await t.db.question.count({ where: { deckId: deck.id } })).toBe(0);
  });

  it("re-upload: unchanged keeps history, a small rewording keeps it, a new wording is new, a removed question retires", async () => {
    const a = await makeUser(t.db);
    const deck = await createDeck(t.db, a.id, "Edits");
    const v1 = deckChapter(1, {
      recall: ["What does a harbour master do?", "Where do ships wait?"],
      pairs: [
        { q: "Why do cranes need counterweights?", a: "To stay upright." },
        { q: "What is a berth?", a: "A place for a ship." },
      ],
    });
    ok(await uploadChapters(t.db, a.id, deck.id, [{ name: "01-harbour.md", text: v1 }], { now }));
    const user = await t.db.user.findUniqueOrThrow({ where: { id: a.id } });
    const cards = await t.db.card.findMany({
      where: { deckId: deck.id, userId: a.id },
      select: { id: true, question: { select: { prompt: true } } },
    });
    for (const c of cards)
      expect((await recordReview(t.db, user, { cardId: c.id, rating: 3, idempotencyKey: k() }, now)).status).toBe("ok");
    const before = new Map(cards.map((c) => [c.question.prompt, c.id]));

    const v2 = deckChapter(1, {
      recall: ["What does the harbour master do?", "Which colour is the lighthouse?"],
      pairs: [{ q: "Why do cranes need counterweights?", a: "So they do not tip over." }],
    });
    const preview = ok(
      await uploadChapters(t.db, a.id, deck.id, [{ name: "01-harbour.md", text: v2 }], { now, dryRun: true }),
    );
    expect(preview).toEqual({ ok: true, created: 1, updated: 2, retired: 2 });
    expect(await t.db.question.count({ where: { deckId: deck.id, retired: true } })).toBe(0); // a preview writes nothing

    expect(ok(await uploadChapters(t.db, a.id, deck.id, [{ name: "01-harbour.md", text: v2 }], { now }))).toEqual(
      preview,
    );
    const after = await t.db.card.findMany({
      where: { deckId: deck.id, userId: a.id },
      select: { id: true, reps: true, retired: true, question: { select: { prompt: true, modelAnswer: true } } },
    });
    const byPrompt = new Map(after.map((c) => [c.question.prompt, c]));
    // "the" for "a": similarity ≥ 0.8, same card, same FSRS state.
    expect(byPrompt.get("What does the harbour master do?")).toMatchObject({
      id: before.get("What does a harbour master do?"),
      reps: 1,
      retired: false,
    });
    expect(byPrompt.get("Why do cranes need counterweights?")).toMatchObject({
      id: before.get("Why do cranes need counterweights?"),
      reps: 1,
      retired: false,
    });
    expect(byPrompt.get("Which colour is the lighthouse?")).toMatchObject({ reps: 0, retired: false });
    expect(byPrompt.get("Where do ships wait?")).toMatchObject({ retired: true });
    expect(byPrompt.get("What is a berth?")).toMatchObject({ retired: true });
    expect(await t.db.reviewLog.count({ where: { cardId: before.get("What does a harbour master do?")! } })).toBe(1);
  });

  it("hand-written cards: add, edit keeps FSRS state, others' cards are not found, the course is read-only", async () => {
    const [a, b] = [await makeUser(t.db), await makeUser(t.db)];
    const deck = await createDeck(t.db, a.id, "By hand");
    const { id } = await addCard(
      t.db,
      a.id,
      deck.id,
      { question: "What is <b>bold</b>?", answer: "Text.", wrongAnswer: "HTML" },
      now,
    );
    expect(
      (await failure(addCard(t.db, a.id, deck.id, { question: "what is <b>bold</b>", answer: "x" }, now))).code,
    ).toBe("conflict");
    const user = await t.db.user.findUniqueOrThrow({ where: { id: a.id } });
    expect((await recordReview(t.db, user, { cardId: id, rating: 3, idempotencyKey: k() }, now)).status).toBe("ok");
    const fsrs = { stability: true, difficulty: true, due: true, reps: true, state: true, lastReview: true } as const;
    const before = await t.db.card.findUniqueOrThrow({ where: { id }, select: fsrs });
    expect(await editCard(t.db, a.id, id, { answer: "Plain text.", wrongAnswer: null })).toMatchObject({
      id,
      answer: "Plain text.",
      wrongAnswer: null,
    });
    expect(await t.db.card.findUniqueOrThrow({ where: { id }, select: fsrs })).toEqual(before);
    expect((await failure(editCard(t.db, b.id, id, { answer: "mine now" }))).code).toBe("not_found");
    const courseCard = await t.db.card.findFirstOrThrow({
      where: { userId: a.id, deckId: "course" },
      select: { id: true },
    });
    expect((await failure(editCard(t.db, a.id, courseCard.id, { answer: "x" }))).code).toBe("forbidden");
  });

  it("export → upload gives the same cards; re-uploading the export into its own deck changes nothing", async () => {
    const a = await makeUser(t.db);
    const deck = await createDeck(t.db, a.id, "Round trip");
    ok(
      await uploadChapters(
        t.db,
        a.id,
        deck.id,
        [
          { name: "01-one.md", text: deckChapter(1) },
          { name: "02-two.md", text: deckChapter(2) },
        ],
        { now },
      ),
    );
    await addCard(
      t.db,
      a.id,
      deck.id,
      {
        question: "Hand made?",
        answer: "Yes.",
        wrongAnswer: "No.",
        examples: [
          { answer: "yes indeed", grade: 5 },
          { answer: "maybe", grade: 2 },
        ],
      },
      now,
    );
    const { markdown } = await exportDeck(t.db, a.id, deck.id);
    expect(ok(await uploadChapters(t.db, a.id, deck.id, [{ name: "deck.md", text: markdown }], { now }))).toMatchObject(
      { created: 0, retired: 0 },
    );
    const copy = await createDeck(t.db, a.id, "Copy");
    expect(ok(await uploadChapters(t.db, a.id, copy.id, [{ name: "deck.md", text: markdown }], { now }))).toEqual({
      ok: true,
      created: 5,
      updated: 0,
      retired: 0,
    });
    const shape = async (deckId: string) =>
      (
        await t.db.question.findMany({
          where: { deckId, retired: false },
          select: { kind: true, prompt: true, modelAnswer: true, wrongAnswer: true, authorExamples: true },
        })
      )
        .map((q) => JSON.stringify(q))
        .sort();
    expect(await shape(copy.id)).toEqual(await shape(deck.id));
  });

  it("JSON and CSV exports carry each card's deck and question; importing them never reaches another user's deck", async () => {
    const [a, b] = [await makeUser(t.db), await makeUser(t.db)];
    const deck = await createDeck(t.db, a.id, "Exported, deck");
    const { id } = await addCard(
      t.db,
      a.id,
      deck.id,
      { question: 'Which, "quoted" question?', answer: "This one." },
      now,
    );
    const user = await t.db.user.findUniqueOrThrow({ where: { id: a.id } });
    expect((await recordReview(t.db, user, { cardId: id, rating: 3, idempotencyKey: k() }, now)).status).toBe("ok");
    let json = "";
    for await (const c of exportJsonChunks(t.db, a.id, now)) json += c;
    const file = parseExport(json);
    expect(file.cards.find((c) => c.question === 'Which, "quoted" question?')).toMatchObject({
      deck: "Exported, deck",
    });
    expect(file.cards.filter((c) => c.deck === "Kubernetes course").length).toBeGreaterThan(0);
    let csv = "";
    for await (const c of reviewCsvChunks(t.db, a.id)) csv += c;
    expect(csv.split("\r\n")[0]!.endsWith(",deck,question")).toBe(true);
    expect(csv).toContain(`,"Exported, deck","Which, ""quoted"" question?"`);
    // b imports a's file: the course cards match, the private deck's key is unknown to b.
    const result = await importExport(t.db, b.id, file);
    expect(await t.db.card.count({ where: { userId: b.id, deckId: deck.id } })).toBe(0);
    expect(result.skipped.unknownQuestions).toBeGreaterThanOrEqual(1);
  });

  it("caps the decks per user", async () => {
    const a = await makeUser(t.db);
    await t.db.deck.createMany({
      data: Array.from({ length: MAX_DECKS_PER_USER }, (_, i) => ({ name: `d${i}`, kind: "user", ownerId: a.id })),
    });
    expect((await failure(createDeck(t.db, a.id, "one too many"))).code).toBe("conflict");
  });
});
