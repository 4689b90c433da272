// The content importer against a real database: the course in content/ and
// edited copies of its first chapter in temp folders. The tests run in order
// on one database, each building on the state the previous one left.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check-content";
import { importContent } from "@/lib/content/import-content";
import { readContentFiles } from "@/lib/content/read-content-files";
import { ZChapter } from "@/lib/content/types";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CONTENT = path.join(ROOT, "content");
const SEED_NAME = "01-containers-and-images.txt";
const seed = () => fs.readFileSync(path.join(CONTENT, SEED_NAME), "utf8");
// The seed's answer overlay travels with it, as it does in content/.
const SEED_OVERLAY = "01-containers-and-images.answers.json";
const overlay = () => ({ [SEED_OVERLAY]: fs.readFileSync(path.join(CONTENT, SEED_OVERLAY), "utf8") });
const t0 = new Date("2026-03-01T10:00:00Z");

const DIGEST_Q = "Why should production deployments prefer digests over mutable tags?";
const DIGEST_LINE = /^Q: Why should production deployments prefer digests.*\n/m;

/** Chapter 1 with the digests question's answers edited, or the question removed. */
function chapterOne(change: "edited" | "removed"): string {
  const edited = seed()
    .replace(
      "Digests point to one exact artifact, so rollback and debugging stay trustworthy.",
      "A digest names one exact artifact, so rollbacks stay honest.",
    )
    .replace("“Tags are enough if the team is disciplined.”", "“Tags never move.”");
  expect(edited).toContain("rollbacks stay honest");
  expect(edited).toContain("Tags never move.");
  if (change === "edited") return edited;
  expect(edited).toMatch(DIGEST_LINE);
  return edited.replace(DIGEST_LINE, "");
}

const BROKEN = [
  "09. Broken Chapter — Half written¶",
  "Cranes¶",
  "A crane lifts cargo.",
  "Pause and recall¶",
  "- What does a crane lift?",
  "Interview Q&A¶",
  "Q: Why use a crane?",
  "",
].join("\n");

describeDb("content import", () => {
  const t = useTestDb();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "deckhand-import-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  let folders = 0;
  function folder(files: Record<string, string>): string {
    const dir = path.join(tmp, `set-${folders++}`);
    fs.mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  }
  async function load(...paths: string[]) {
    const r = checkContent(await readContentFiles(paths));
    expect(r.errors).toEqual([]);
    return r.lessons;
  }
  const signUp = (email: string) => makeUser(t.db, { email });
  const digest = () => t.db.question.findFirstOrThrow({ where: { prompt: DIGEST_Q } });
  const cardsOf = (questionId: string) => t.db.card.findMany({ where: { questionId }, orderBy: { id: "asc" } });
  // Everything the importer could touch, updatedAt included: equal snapshots mean no writes.
  const snapshot = async () => ({
    lessons: await t.db.lesson.findMany({ orderBy: { id: "asc" } }),
    questions: await t.db.question.findMany({ orderBy: { id: "asc" } }),
    cards: await t.db.card.findMany({ orderBy: { id: "asc" } }),
    logs: await t.db.reviewLog.findMany({ orderBy: { id: "asc" } }),
  });
  const pause = () => new Promise((r) => setTimeout(r, 20)); // so a write would show in updatedAt

  it("imports the real course and gives every existing user a New card per question", async () => {
    const ada = await signUp("ada@example.com");
    expect(await t.db.card.count({ where: { userId: ada.id } })).toBe(0);
    const lessons = await load(CONTENT);
    const total = lessons.reduce((n, l) => n + l.recall.length + l.interview.length, 0);
    expect(lessons).toHaveLength(8);

    const summary = await importContent(t.db, lessons, { now: t0 });
    expect(summary).toEqual({
      lessons: { created: 8, updated: 0, unchanged: 0, retired: 0 },
      questions: { created: total, updated: 0, unchanged: 0, retired: 0 },
    });
    expect(await t.db.question.count({ where: { retired: false } })).toBe(total);
    const cards = await t.db.card.findMany({
      where: { userId: ada.id },
      include: { question: { select: { sortKey: true } } },
    });
    expect(cards).toHaveLength(total);
    for (const c of cards)
      expect(c).toMatchObject({ state: 0, reps: 0, retired: false, due: t0, newOrder: c.question.sortKey });

    const one = await t.db.lesson.findUniqueOrThrow({ where: { slug: "01-containers-and-images" } });
    expect(one).toMatchObject({
      number: 1,
      title: "Containers and Images",
      tagline: "Pack once, run clean",
      minutes: 18,
      level: "intermediate",
    });
    const body = ZChapter.pick({
      intro: true,
      sections: true,
      inTheWild: true,
      applyNow: true,
      bridge: true,
      next: true,
    }).parse(JSON.parse(one.body));
    expect(body.sections[0]?.blocks.some((b) => b.kind === "diagram")).toBe(true);
    expect(await digest()).toMatchObject({
      kind: "interview",
      wrongAnswer: "Tags are enough if the team is disciplined.",
      lessonId: one.id,
    });

    // …and users who sign up later get theirs at sign-up.
    const bob = await signUp("bob@example.com");
    expect(await t.db.card.count({ where: { userId: bob.id } })).toBe(total);
  });

  it("re-importing unchanged content writes nothing", async () => {
    const before = await snapshot();
    await pause();
    const summary = await importContent(t.db, await load(CONTENT));
    const n = before.questions.length;
    expect(summary).toEqual({
      lessons: { created: 0, updated: 0, unchanged: 8, retired: 0 },
      questions: { created: 0, updated: 0, unchanged: n, retired: 0 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("editing a model answer and a wrong answer updates the question and keeps every card and review log", async () => {
    const q = await digest();
    const ada = await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    const card = await t.db.card.findUniqueOrThrow({
      where: { userId_questionId: { userId: ada.id, questionId: q.id } },
    });
    // History, as a few reviews would have left it.
    await t.db.card.update({
      where: { id: card.id },
      data: {
        state: 2,
        stability: 12.5,
        difficulty: 4.2,
        reps: 3,
        lastReview: t0,
        due: new Date("2026-03-13T10:00:00Z"),
      },
    });
    await t.db.reviewLog.create({
      data: {
        userId: ada.id,
        cardId: card.id,
        rating: 3,
        state: 1,
        due: t0,
        stability: 12.5,
        difficulty: 4.2,
        elapsedDays: 1,
        lastElapsedDays: 0,
        scheduledDays: 12,
        learningSteps: 0,
        review: t0,
        nextDue: card.due,
        nextState: 2,
        idempotencyKey: "import-test-1",
      },
    });
    const cards = await cardsOf(q.id);
    const logs = await t.db.reviewLog.findMany();
    await pause();

    const summary = await importContent(t.db, await load(folder({ [SEED_NAME]: chapterOne("edited"), ...overlay() })));
    expect(summary).toEqual({
      lessons: { created: 0, updated: 1, unchanged: 0, retired: 0 },
      questions: { created: 0, updated: 1, unchanged: 7, retired: 0 },
    });
    const after = await digest();
    expect(after).toMatchObject({ id: q.id, key: q.key, retired: false, wrongAnswer: "Tags never move." });
    expect(after.modelAnswer).toContain("rollbacks stay honest");
    expect(after.updatedAt.getTime()).toBeGreaterThan(q.updatedAt.getTime());
    // The cards were not even written to, and the history is all there.
    expect(await cardsOf(q.id)).toEqual(cards);
    expect(cards.find((c) => c.userId === ada.id)).toMatchObject({ id: card.id, state: 2, stability: 12.5, reps: 3 });
    expect(await t.db.reviewLog.findMany()).toEqual(logs);
    // A partial import is not the whole course: the other chapters stay live.
    expect(await t.db.lesson.count({ where: { retired: false } })).toBe(8);
  });

  it("retires a removed question and its cards, keeping their history", async () => {
    const q = await digest();
    const summary = await importContent(t.db, await load(folder({ [SEED_NAME]: chapterOne("removed"), ...overlay() })));
    expect(summary.questions).toMatchObject({ created: 0, retired: 1 });
    expect(await digest()).toMatchObject({ id: q.id, retired: true });
    const cards = await cardsOf(q.id);
    expect(cards).toHaveLength(2);
    for (const c of cards) expect(c.retired).toBe(true);
    expect(cards.find((c) => c.state === 2)).toMatchObject({ stability: 12.5, reps: 3 });
    expect(await t.db.reviewLog.count({ where: { cardId: { in: cards.map((c) => c.id) } } })).toBe(1);

    // Someone joining now gets no card for a retired question.
    const carol = await signUp("carol@example.com");
    expect(await t.db.card.count({ where: { userId: carol.id, questionId: q.id } })).toBe(0);
  });

  it("brings a re-added question back with its old cards, and cards for users who joined meanwhile", async () => {
    const q = await digest();
    const old = await cardsOf(q.id);
    const summary = await importContent(t.db, await load(folder({ [SEED_NAME]: chapterOne("edited"), ...overlay() })));
    expect(summary.questions).toMatchObject({ created: 0, retired: 0 });
    expect(summary.questions.updated).toBeGreaterThanOrEqual(1);
    expect(await digest()).toMatchObject({ id: q.id, retired: false });

    const cards = await cardsOf(q.id);
    for (const c of old)
      expect(cards.find((n) => n.id === c.id)).toMatchObject({
        state: c.state,
        stability: c.stability,
        reps: c.reps,
        retired: false,
      });
    const carol = await t.db.user.findUniqueOrThrow({ where: { email: "carol@example.com" } });
    expect(cards.find((c) => c.userId === carol.id)).toMatchObject({ state: 0, retired: false, newOrder: q.sortKey });
    expect(cards).toHaveLength(3);
  });

  it(
    "the CLI imports nothing from a folder with any bad file (exit 1), and does import once it is fixed",
    { timeout: 90_000 },
    async () => {
      const cli = (dir: string) =>
        spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/content.ts", "import", dir], {
          cwd: ROOT,
          encoding: "utf8",
          timeout: 60_000,
          env: { ...process.env, DATABASE_URL: t.url },
        });
      // The good chapter differs from the database (the original answers), so a partial import would show.
      const files = { [SEED_NAME]: seed(), ...overlay(), "09-broken-chapter.txt": BROKEN };
      expect(checkContent(await readContentFiles([folder(files)])).errors.map((e) => e.code)).not.toEqual([]);
      const before = await snapshot();

      const bad = cli(folder(files));
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain("nothing imported");
      expect(await snapshot()).toEqual(before);

      // Same database, the real course (a folder is the whole course to the CLI): now it writes,
      // so the check above could have seen a write.
      const good = cli(CONTENT);
      expect(good.stderr).not.toContain("nothing imported");
      expect(good.status).toBe(0);
      expect(await digest()).toMatchObject({ wrongAnswer: "Tags are enough if the team is disciplined." });
      expect(await t.db.lesson.count({ where: { retired: false } })).toBe(8);
    },
  );

  it("a complete import retires chapters missing from the set, and a later one brings them back", async () => {
    const all = await load(CONTENT);
    const last = all.find((l) => l.number === 8)!;
    const lastCount = last.recall.length + last.interview.length;
    const live = { question: { lesson: { slug: last.slug } } };

    const summary = await importContent(
      t.db,
      all.filter((l) => l !== last),
      { complete: true },
    );
    expect(summary.lessons).toEqual({ created: 0, updated: 0, unchanged: 7, retired: 1 });
    expect(summary.questions).toMatchObject({ created: 0, updated: 0, retired: lastCount });
    expect(await t.db.lesson.findUniqueOrThrow({ where: { slug: last.slug } })).toMatchObject({ retired: true });
    expect(await t.db.question.count({ where: { lesson: { slug: last.slug }, retired: false } })).toBe(0);
    expect(await t.db.card.count({ where: { ...live, retired: false } })).toBe(0);
    expect(await t.db.card.count({ where: live })).toBe(3 * lastCount);

    const back = await importContent(t.db, all, { complete: true });
    expect(back.lessons).toEqual({ created: 0, updated: 1, unchanged: 7, retired: 0 });
    expect(back.questions).toMatchObject({ created: 0, updated: lastCount, retired: 0 });
    expect(await t.db.card.count({ where: { ...live, retired: false } })).toBe(3 * lastCount);
  });
});
