import { beforeAll, expect, it } from "vitest";
import { answerQuestion, type TAnswerUser } from "@/lib/interviews/answer-question";
import { finishInterview } from "@/lib/interviews/finish-interview";
import { getInterview } from "@/lib/interviews/get-interview";
import { getReport } from "@/lib/interviews/get-report";
import { listInterviews } from "@/lib/interviews/list-interviews";
import { ZStartInterview } from "@/lib/interviews/schemas";
import { startInterview } from "@/lib/interviews/start-interview";
import { REVIEW_USER_SELECT } from "@/lib/users/review-user-select";
import { describeDb, useTestDb } from "../support/test-db";
import { importChapters, makeUser } from "../support/seed";

const t0 = new Date("2026-03-03T10:00:00Z");
const at = (s: number) => new Date(t0.getTime() + s * 1000);
let n = 0;

describeDb("an interview ended early", () => {
  const t = useTestDb();
  beforeAll(async () => {
    await importChapters(t.db, ["tests/fixtures/content/01-containers-and-images.md"]);
  });

  it("is marked, listed as such, and kept out of the trend; a finished one is in it", async () => {
    const u = (await t.db.user.findUniqueOrThrow({
      where: { id: (await makeUser(t.db)).id },
      select: REVIEW_USER_SELECT,
    })) as TAnswerUser;
    const full = await startInterview(t.db, u, ZStartInterview.parse({ count: 3, secondsPerQuestion: 60 }), t0, 1);
    for (let i = 0; i < 3; i++) {
      const cur = (await getInterview(t.db, u.id, full, at(i + 1))).current!;
      await answerQuestion(
        t.db,
        u,
        full,
        { questionId: cur.questionId, answer: "layers", idempotencyKey: `early-${process.pid}-${n++}` },
        at(i + 1),
      );
    }
    const early = await startInterview(
      t.db,
      u,
      ZStartInterview.parse({ count: 3, secondsPerQuestion: 60 }),
      at(100),
      2,
    );
    await finishInterview(t.db, u.id, early, at(101));

    const report = await getReport(t.db, u.id, early);
    expect(report.endedEarly).toBe(true);
    expect(report.trend.map((p) => p.id)).toEqual([full]);
    expect((await getReport(t.db, u.id, full)).endedEarly).toBe(false);
    const history = await listInterviews(t.db, u.id);
    expect(history.map((h) => [h.id, h.endedEarly])).toEqual([
      [early, true],
      [full, false],
    ]);
  });
});
