import { beforeAll, expect, it } from "vitest";
import { answerQuestion, type TAnswerUser } from "@/lib/interviews/answer-question";
import { correctAnswer } from "@/lib/interviews/correct-answer";
import { getInterview } from "@/lib/interviews/get-interview";
import { getReport } from "@/lib/interviews/get-report";
import { ZStartInterview } from "@/lib/interviews/schemas";
import { startInterview } from "@/lib/interviews/start-interview";
import { recordReview } from "@/lib/review/record-review";
import { clearGradedExamples, loadGradedExamples } from "@/lib/review/load-graded-examples";
import { readOverrideRows } from "@/lib/stats/read-answer-groups";
import { overrideStats } from "@/lib/stats/override-stats";
import { REVIEW_USER_SELECT } from "@/lib/users/review-user-select";
import { describeDb, useTestDb } from "../support/test-db";
import { importChapters, makeUser } from "../support/seed";

const t0 = new Date("2026-03-03T10:00:00Z");
const at = (s: number) => new Date(t0.getTime() + s * 1000);
let n = 0;
const k = () => `corr-key-${process.pid}-${n++}`;
const CARD_STATE = {
  state: true,
  stability: true,
  difficulty: true,
  reps: true,
  lapses: true,
  due: true,
  lastReview: true,
} as const;

describeDb("correcting the interview scorer", () => {
  const t = useTestDb();
  beforeAll(async () => {
    await importChapters(t.db, ["tests/fixtures/content/01-containers-and-images.md"]);
  });
  const user = async () => {
    const u = await makeUser(t.db);
    return t.db.user.findUniqueOrThrow({ where: { id: u.id }, select: REVIEW_USER_SELECT }) as Promise<TAnswerUser>;
  };
  // A finished 3-question interview: the common wrong answer (Again), the model answer (a pass), a vague one.
  async function interview(u: TAnswerUser) {
    const id = await startInterview(t.db, u, ZStartInterview.parse({ count: 3, secondsPerQuestion: 60 }), t0, 99);
    const q = (qid: string) =>
      t.db.question.findUniqueOrThrow({ where: { id: qid }, select: { modelAnswer: true, wrongAnswer: true } });
    let cur = (await getInterview(t.db, u.id, id, at(1))).current!;
    const ids: string[] = [];
    for (const [i, pick] of (["wrong", "model", "vague"] as const).entries()) {
      const text =
        pick === "vague"
          ? "it depends on things"
          : ((await q(cur.questionId))[pick === "wrong" ? "wrongAnswer" : "modelAnswer"] ?? "x");
      ids.push(cur.questionId);
      const r = await answerQuestion(
        t.db,
        u,
        id,
        { questionId: cur.questionId, answer: text, idempotencyKey: k() },
        at(10 * (i + 1)),
      );
      if (r.next) cur = r.next;
    }
    return { id, ids };
  }
  const totals = async (userId: string) => {
    const logs = await t.db.reviewLog.findMany({ where: { userId, undone: false }, select: { points: true } });
    const all = await t.db.activityTotal.findUniqueOrThrow({
      where: { userId },
      select: { reviews: true, points: true },
    });
    const day = await t.db.dailyActivity.findFirstOrThrow({
      where: { userId },
      select: { reviews: true, points: true },
    });
    return { live: logs.length, livePoints: logs.reduce((s, l) => s + l.points, 0), all, day };
  };

  it("'I was right' re-rates the review as if Good had been chosen, counts once, and teaches the scorer", async () => {
    const u = await user();
    const { id, ids } = await interview(u);
    const wrongQ = ids[0]!;
    const before = await t.db.interviewAnswer.findFirstOrThrow({
      where: { sessionId: id, questionId: wrongQ },
      select: { reviewLogId: true, answer: true },
    });
    const oldLog = await t.db.reviewLog.findUniqueOrThrow({ where: { id: before.reviewLogId! } });
    expect(oldLog.rating).toBe(1);

    expect(await correctAnswer(t.db, u, id, { questionId: wrongQ, correct: true })).toEqual({ rating: 3 });
    // A retry changes nothing and says the same.
    expect(await correctAnswer(t.db, u, id, { questionId: wrongQ, correct: true })).toEqual({ rating: 3 });

    const after = await t.db.interviewAnswer.findFirstOrThrow({
      where: { sessionId: id, questionId: wrongQ },
      select: { reviewLogId: true, correctedRating: true },
    });
    expect(after.correctedRating).toBe(3);
    expect(after.reviewLogId).not.toBe(before.reviewLogId);
    expect((await t.db.reviewLog.findUniqueOrThrow({ where: { id: before.reviewLogId! } })).undone).toBe(true);
    const newLog = await t.db.reviewLog.findUniqueOrThrow({ where: { id: after.reviewLogId! } });
    expect(newLog).toMatchObject({
      rating: 3,
      suggestedRating: oldLog.suggestedRating,
      answer: before.answer,
      source: "interview",
      review: oldLog.review,
      day: oldLog.day,
    });

    // FSRS state: exactly what Good at that moment gives a fresh card (another user's copy, rated Good directly).
    const c = await user();
    const theirCard = await t.db.card.findFirstOrThrow({
      where: { userId: c.id, questionId: wrongQ },
      select: { id: true },
    });
    const direct = await recordReview(t.db, c, { cardId: theirCard.id, rating: 3, idempotencyKey: k() }, oldLog.review);
    expect(direct.status).toBe("ok");
    const mine = await t.db.card.findUniqueOrThrow({ where: { id: oldLog.cardId }, select: CARD_STATE });
    const theirs = await t.db.card.findUniqueOrThrow({ where: { id: theirCard.id }, select: CARD_STATE });
    expect(mine).toEqual(theirs);

    // Points and counters: one review per answer, totals equal the live logs.
    const tt = await totals(u.id);
    expect(tt.live).toBe(3);
    expect(tt.all).toEqual({ reviews: 3, points: tt.livePoints });
    expect(tt.day).toEqual({ reviews: 3, points: tt.livePoints });

    // A graded example at Good (4 on 0–5) from this user; the Again label is gone.
    clearGradedExamples();
    const examples = await loadGradedExamples(t.db, { id: wrongQ });
    const mineEx = examples.filter((e) => e.labeller === u.id);
    expect(mineEx.map((e) => [e.answer, e.grade])).toEqual([[before.answer, 4]]);

    // The report no longer counts it missed (nor would Retry ask it again); the score stays the scorer's.
    const report = await getReport(t.db, u.id, id);
    expect(report.answers.find((a) => a.questionId === wrongQ)).toMatchObject({
      missed: false,
      rating: 3,
      correctedRating: 3,
    });

    // "The scorer and you" counts it as an override (the scorer was too harsh).
    const stats = overrideStats(await readOverrideRows(t.db, u.id));
    expect(stats.overall.tooHarsh).toBe(1);
  });

  it("'I was wrong' sets Again; a stranger gets 404; a running interview or unknown question is refused", async () => {
    const u = await user();
    const { id, ids } = await interview(u);
    const passQ = ids[1]!;
    expect(
      (await t.db.reviewLog.findFirstOrThrow({ where: { userId: u.id, card: { questionId: passQ } } })).rating,
    ).toBeGreaterThanOrEqual(3);
    expect(await correctAnswer(t.db, u, id, { questionId: passQ, correct: false })).toEqual({ rating: 1 });
    const card = await t.db.card.findFirstOrThrow({
      where: { userId: u.id, questionId: passQ },
      select: { state: true, reps: true },
    });
    expect(card).toEqual({ state: 1, reps: 1 });
    // And back: right again restores a pass, still one live review.
    expect(await correctAnswer(t.db, u, id, { questionId: passQ, correct: true })).toEqual({ rating: 3 });
    expect((await totals(u.id)).live).toBe(3);
    expect(overrideStats(await readOverrideRows(t.db, u.id)).overall.total).toBe(3);

    const stranger = await user();
    await expect(correctAnswer(t.db, stranger, id, { questionId: passQ, correct: true })).rejects.toMatchObject({
      status: 404,
    });
    await expect(correctAnswer(t.db, u, id, { questionId: "nope", correct: true })).rejects.toMatchObject({
      status: 404,
    });
    const running = await startInterview(
      t.db,
      u,
      ZStartInterview.parse({ count: 3, secondsPerQuestion: 60 }),
      at(100),
      5,
    );
    const q = (await getInterview(t.db, u.id, running, at(101))).current!.questionId;
    await expect(correctAnswer(t.db, u, running, { questionId: q, correct: true })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("refuses once the card was reviewed after the interview, changing nothing", async () => {
    const u = await user();
    const { id, ids } = await interview(u);
    const card = await t.db.card.findFirstOrThrow({
      where: { userId: u.id, questionId: ids[0]! },
      select: { id: true },
    });
    expect((await recordReview(t.db, u, { cardId: card.id, rating: 3, idempotencyKey: k() }, at(3600))).status).toBe(
      "ok",
    );
    const before = await t.db.card.findUniqueOrThrow({ where: { id: card.id }, select: CARD_STATE });
    await expect(correctAnswer(t.db, u, id, { questionId: ids[0]!, correct: true })).rejects.toMatchObject({
      status: 409,
    });
    expect(await t.db.card.findUniqueOrThrow({ where: { id: card.id }, select: CARD_STATE })).toEqual(before);
  });
});
