// Stats per deck: every SQL read the Stats page makes takes a deck and counts only
// the logs and cards of that deck (a card keeps its question's deck).
import { expect, it } from "vitest";
import { createDeck } from "@/lib/decks/create-deck";
import { uploadChapters } from "@/lib/decks/upload-chapters";
import { recordReview } from "@/lib/review/record-review";
import { readDayStateGroups, readUnstampedLogs } from "@/lib/stats/read-day-groups";
import { readOverrideRows, readWrongAnswerRows } from "@/lib/stats/read-answer-groups";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";
import { deckChapter } from "../support/deck-chapter";

const now = new Date("2026-03-11T12:00:00Z");
let n = 0;
const k = () => `stats-deck-${process.pid}-${n++}`;
const sum = (rows: { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);

describeDb("stats per deck", () => {
  const t = useTestDb({ chapters: ["tests/fixtures/content/01-containers-and-images.md"] });

  it("reviews, unstamped logs, overrides and wrong answers count only the chosen deck", async () => {
    const a = await makeUser(t.db);
    const deck = await createDeck(t.db, a.id, "Harbour");
    const up = await uploadChapters(t.db, a.id, deck.id, [{ name: "01-harbour.md", text: deckChapter(1) }], { now });
    expect(up.ok).toBe(true);
    const user = await t.db.user.findUniqueOrThrow({ where: { id: a.id } });
    const withWrong = { userId: a.id, question: { kind: "interview", wrongAnswer: { not: null } } };
    const courseCard = await t.db.card.findFirstOrThrow({
      where: { ...withWrong, deckId: "course" },
      select: { id: true },
    });
    const deckCard = await t.db.card.findFirstOrThrow({
      where: { ...withWrong, deckId: deck.id },
      select: { id: true },
    });
    for (const cardId of [courseCard.id, courseCard.id, deckCard.id]) {
      expect((await recordReview(t.db, user, { cardId, rating: 3, idempotencyKey: k() }, now)).status).toBe("ok");
    }
    await t.db.reviewLog.updateMany({
      where: { userId: a.id },
      data: { verdict: "common-wrong-answer", suggestedRating: 3 },
    });

    expect(sum(await readDayStateGroups(t.db, a.id, "2000-01-01"))).toBe(3);
    expect(sum(await readDayStateGroups(t.db, a.id, "2000-01-01", "course"))).toBe(2);
    expect(sum(await readDayStateGroups(t.db, a.id, "2000-01-01", deck.id))).toBe(1);

    const deckLessons = new Set(
      (await t.db.lesson.findMany({ where: { deckId: deck.id }, select: { id: true } })).map((l) => l.id),
    );
    const overrides = await readOverrideRows(t.db, a.id, deck.id);
    expect(sum(overrides)).toBe(1);
    expect(overrides.every((r) => deckLessons.has(r.lessonId))).toBe(true);
    expect(sum(await readOverrideRows(t.db, a.id, "course"))).toBe(2);
    const wrong = await readWrongAnswerRows(t.db, a.id, deck.id);
    expect(wrong.map((w) => [deckLessons.has(w.lessonId), w.count])).toEqual([[true, 1]]);
    expect(sum(await readWrongAnswerRows(t.db, a.id))).toBe(3);

    await t.db.reviewLog.updateMany({ where: { userId: a.id }, data: { day: "" } });
    const since = new Date(now.getTime() - 86_400_000);
    expect((await readUnstampedLogs(t.db, a.id, since, deck.id)).map((l) => l.cardId)).toEqual([deckCard.id]);
    expect(await readUnstampedLogs(t.db, a.id, since)).toHaveLength(3);
  });
});
