import { expect, it } from "vitest";
import { answerQuestion, type TAnswerUser } from "@/lib/interviews/answer-question";
import { finishInterview } from "@/lib/interviews/finish-interview";
import { getInterview } from "@/lib/interviews/get-interview";
import { getReport } from "@/lib/interviews/get-report";
import { listInterviews } from "@/lib/interviews/list-interviews";
import { retryMissed } from "@/lib/interviews/retry-missed";
import { ZAnswerInput, ZStartInterview } from "@/lib/interviews/schemas";
import { startInterview } from "@/lib/interviews/start-interview";
import { GRACE_MS } from "@/lib/interviews/deadline-rules";
import { REVIEW_USER_SELECT } from "@/lib/users/review-user-select";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";

const t0 = new Date("2026-03-03T10:00:00Z");
const at = (s: number) => new Date(t0.getTime() + s * 1000);
let n = 0;
const k = () => `iv-key-${process.pid}-${n++}`;

describeDb("mock interviews", () => {
  const t = useTestDb({ chapters: ["tests/fixtures/content/01-containers-and-images.md"] });
  const user = async () => {
    const u = await makeUser(t.db);
    return t.db.user.findUniqueOrThrow({ where: { id: u.id }, select: REVIEW_USER_SELECT }) as Promise<TAnswerUser>;
  };
  const start = (u: TAnswerUser, over: Record<string, unknown> = {}, now = t0) =>
    startInterview(t.db, u, ZStartInterview.parse({ count: 3, secondsPerQuestion: 15, ...over }), now, 1234);
  const questionText = (id: string) =>
    t.db.question.findUniqueOrThrow({ where: { id }, select: { modelAnswer: true, wrongAnswer: true } });

  it("runs start → answer → retry replays → time-out → report, and every answer is a review from the interview", async () => {
    const u = await user();
    const id = await start(u);
    const s0 = await getInterview(t.db, u.id, id, at(1));
    expect(s0).toMatchObject({ status: "running", position: 1, total: 3 });
    expect(s0.current).toMatchObject({ position: 1, secondsLeft: 14, deadline: at(15).toISOString() });
    expect(JSON.stringify(s0)).not.toMatch(/modelAnswer|wrongAnswer/);

    // 1: the model answer, well inside the time.
    const q1 = s0.current!.questionId;
    const first = { questionId: q1, answer: (await questionText(q1)).modelAnswer, idempotencyKey: k() };
    const a1 = await answerQuestion(t.db, u, id, first, at(5));
    expect(a1).toMatchObject({ verdict: "correct", timedOut: false, replayed: false });
    expect(a1.score).toBeGreaterThanOrEqual(80);
    expect(a1.next).toMatchObject({ position: 2, secondsLeft: 15, deadline: at(20).toISOString() });

    // A retry of the same request replays it and counts once; another key is refused.
    const again = await answerQuestion(t.db, u, id, first, at(6));
    expect(again).toEqual({ ...a1, replayed: true, next: { ...a1.next!, secondsLeft: 14 } });
    await expect(answerQuestion(t.db, u, id, { ...first, idempotencyKey: k() }, at(6))).rejects.toMatchObject({
      status: 409,
      apiCode: "already_answered",
    });

    // 2: the chapter's common wrong answer.
    const q2 = a1.next!.questionId;
    const a2 = await answerQuestion(
      t.db,
      u,
      id,
      { questionId: q2, answer: (await questionText(q2)).wrongAnswer!, idempotencyKey: k() },
      at(10),
    );
    expect(a2.verdict).toBe("common-wrong-answer");

    // 3: arrives after deadline + grace: stored as timed out with what was typed.
    const q3 = a2.next!.questionId;
    const late = at(10 + 15).getTime() + GRACE_MS + 1;
    const a3 = await answerQuestion(
      t.db,
      u,
      id,
      { questionId: q3, answer: "half a thought", idempotencyKey: k() },
      new Date(late),
    );
    expect(a3).toMatchObject({ timedOut: true, next: null });
    expect((await getInterview(t.db, u.id, id, new Date(late))).status).toBe("finished");

    const report = await getReport(t.db, u.id, id);
    expect(report.answers.map((a) => [a.questionId, a.timedOut, a.wrongAnswerMatch])).toEqual([
      [q1, false, false],
      [q2, false, true],
      [q3, true, false],
    ]);
    expect(report.answers[2]).toMatchObject({ answer: "half a thought", durationMs: 15_000, missed: true });
    expect(report.score).toBe(Math.round((a1.score + a2.score + 0) / 3));
    expect(report.answers[0]!.concepts.length).toBeGreaterThan(0);

    const logs = await t.db.reviewLog.findMany({
      where: { userId: u.id },
      orderBy: { review: "asc" },
      include: { card: { select: { questionId: true } } },
    });
    // Rated with the scorer's suggestion; the wrong answer and the late one are Again.
    expect(logs.map((l) => [l.card.questionId, l.source, l.rating])).toEqual([
      [q1, "interview", logs[0]!.suggestedRating],
      [q2, "interview", 1],
      [q3, "interview", 1],
    ]);
    expect(logs[0]!.rating).toBeGreaterThanOrEqual(3);
    const linked = await t.db.interviewAnswer.findMany({
      where: { sessionId: id },
      orderBy: { position: "asc" },
      select: { reviewLogId: true },
    });
    expect(linked.map((a) => a.reviewLogId)).toEqual(logs.map((l) => l.id));
    expect(
      await t.db.dailyActivity.findFirstOrThrow({
        where: { userId: u.id },
        select: { reviews: true, interviewAnswers: true },
      }),
    ).toEqual({ reviews: 3, interviewAnswers: 3 });
  });

  it("ends early: the rest count as skipped, answering after that is refused, the report is there", async () => {
    const u = await user();
    const id = await start(u);
    const s = await getInterview(t.db, u.id, id, at(1));
    await expect(getReport(t.db, u.id, id)).rejects.toMatchObject({ status: 409, apiCode: "interview_running" });
    await finishInterview(t.db, u.id, id, at(2));
    await finishInterview(t.db, u.id, id, at(3)); // twice changes nothing
    await expect(
      answerQuestion(t.db, u, id, { questionId: s.current!.questionId, answer: "x", idempotencyKey: k() }, at(4)),
    ).rejects.toMatchObject({ status: 404, apiCode: "interview_finished" });
    const r = await getReport(t.db, u.id, id);
    expect(r.answers.every((a) => a.skipped && a.missed)).toBe(true);
    expect(r.score).toBe(0);
    expect(await t.db.reviewLog.count({ where: { userId: u.id } })).toBe(0);
  });

  it("stores an answer the page sent when its countdown ran out as timed out, even inside the grace", async () => {
    const u = await user();
    const id = await start(u);
    const s = await getInterview(t.db, u.id, id, at(1));
    const r = await answerQuestion(
      t.db,
      u,
      id,
      { questionId: s.current!.questionId, answer: "almost", idempotencyKey: k() },
      at(15.5),
      true,
    );
    expect(r.timedOut).toBe(true);
    const log = await t.db.reviewLog.findFirstOrThrow({ where: { userId: u.id } });
    expect(log.rating).toBe(1);
  });

  it("refuses a question that is not the current one", async () => {
    const u = await user();
    const id = await start(u);
    const rows = await t.db.interviewAnswer.findMany({ where: { sessionId: id }, orderBy: { position: "asc" } });
    await expect(
      answerQuestion(t.db, u, id, { questionId: rows[1]!.questionId, answer: "ahead", idempotencyKey: k() }, at(1)),
    ).rejects.toMatchObject({ status: 404, apiCode: "question_not_current" });
  });

  it("shows another user's interview to nobody but its owner (404, not data)", async () => {
    const owner = await user();
    const other = await user();
    const id = await start(owner);
    const s = await getInterview(t.db, owner.id, id, at(1));
    await expect(getInterview(t.db, other.id, id, at(1))).rejects.toMatchObject({ status: 404 });
    await expect(
      answerQuestion(
        t.db,
        other,
        id,
        { questionId: s.current!.questionId, answer: "mine now", idempotencyKey: k() },
        at(2),
      ),
    ).rejects.toMatchObject({ status: 404 });
    await expect(finishInterview(t.db, other.id, id, at(2))).rejects.toMatchObject({ status: 404 });
    await finishInterview(t.db, owner.id, id, at(3));
    await expect(getReport(t.db, other.id, id)).rejects.toMatchObject({ status: 404 });
    await expect(retryMissed(t.db, other.id, id, at(4))).rejects.toMatchObject({ status: 404 });
    expect(await listInterviews(t.db, other.id)).toEqual([]);
  });

  it("leaves the schedule alone when 'Interviews update my schedule' is off", async () => {
    const u = { ...(await user()), interviewsUpdateSchedule: false };
    const id = await start(u);
    const s = await getInterview(t.db, u.id, id, at(1));
    await answerQuestion(t.db, u, id, { questionId: s.current!.questionId, answer: "", idempotencyKey: k() }, at(2));
    expect(await t.db.reviewLog.count({ where: { userId: u.id } })).toBe(0);
    expect(await t.db.card.count({ where: { userId: u.id, reps: { gt: 0 } } })).toBe(0);
  });

  it("counts concurrent retries of one answer once", async () => {
    const u = await user();
    const id = await start(u);
    const s = await getInterview(t.db, u.id, id, at(1));
    const input = { questionId: s.current!.questionId, answer: "containers start fast", idempotencyKey: k() };
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => answerQuestion(t.db, u, id, input, at(2))),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(results.filter((r) => r.status === "fulfilled" && !r.value.replayed)).toHaveLength(1);
    expect(await t.db.reviewLog.count({ where: { userId: u.id } })).toBe(1);
    expect((await t.db.dailyActivity.findFirstOrThrow({ where: { userId: u.id } })).interviewAnswers).toBe(1);
  });

  it("retries just the missed ones, and lists interviews newest first", async () => {
    const u = await user();
    const id = await start(u);
    const s = await getInterview(t.db, u.id, id, at(1));
    await answerQuestion(
      t.db,
      u,
      id,
      {
        questionId: s.current!.questionId,
        answer: (await questionText(s.current!.questionId)).modelAnswer,
        idempotencyKey: k(),
      },
      at(2),
    );
    await finishInterview(t.db, u.id, id, at(3));
    const retry = await retryMissed(t.db, u.id, id, at(4));
    const rows = await t.db.interviewAnswer.findMany({ where: { sessionId: retry }, orderBy: { position: "asc" } });
    const missed = (await getReport(t.db, u.id, id)).answers.filter((a) => a.missed).map((a) => a.questionId);
    expect(rows.map((r) => r.questionId)).toEqual(missed);
    expect(missed).toHaveLength(2);
    expect((await listInterviews(t.db, u.id)).map((h) => [h.id, h.status])).toEqual([
      [retry, "running"],
      [id, "finished"],
    ]);
  });

  it("does not repeat what went well last time, and says why when nothing can be asked", async () => {
    const u = await user();
    const first = await start(u, { count: 3 });
    const s = await getInterview(t.db, u.id, first, at(1));
    const good = s.current!.questionId;
    await answerQuestion(
      t.db,
      u,
      first,
      { questionId: good, answer: (await questionText(good)).modelAnswer, idempotencyKey: k() },
      at(2),
    );
    await finishInterview(t.db, u.id, first, at(3));
    const second = await start(u, { count: 3 }, at(60));
    const asked = await t.db.interviewAnswer.findMany({ where: { sessionId: second }, select: { questionId: true } });
    expect(asked.map((a) => a.questionId)).not.toContain(good);
    await expect(start(u, { lessons: ["no-such-chapter"] })).rejects.toMatchObject({
      status: 400,
      fields: { lessons: expect.any(Array) },
    });
  });

  it("validates the form and the answer: out-of-range count or time, answers over 5,000 characters", () => {
    expect(ZStartInterview.safeParse({ count: 2, secondsPerQuestion: 120 }).success).toBe(false);
    expect(ZStartInterview.safeParse({ count: 5, secondsPerQuestion: 601 }).success).toBe(false);
    const long = ZAnswerInput.safeParse({ questionId: "q", answer: "x".repeat(5001), idempotencyKey: k() });
    expect(long.success ? "" : long.error.issues[0]!.message).toBe("answer is longer than 5000 characters");
  });
});
