// Mock interviews in Chromium against `next start`, and the interview API over HTTP.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type TDb } from "@/lib/db/client";
import { describeBrowser, hydrated, signUp, uniqueEmail, useBrowser } from "./support/browser";
import { apiUser, call } from "./support/api";

let db: TDb;
beforeAll(() => {
  db = createDb(inject("e2eDatabaseUrl"));
});
afterAll(async () => db?.$disconnect());

const question = (id: string) =>
  db.question.findUniqueOrThrow({ where: { id }, select: { modelAnswer: true, wrongAnswer: true } });
/** Distinctive pieces of every model and wrong answer of a chapter, to look for in what the browser got. */
async function secretsOf(slug: string) {
  const qs = await db.question.findMany({
    where: { lesson: { slug }, kind: "interview" },
    select: { modelAnswer: true, wrongAnswer: true },
  });
  return qs
    .flatMap((q) => [q.modelAnswer, q.wrongAnswer ?? ""])
    .filter((s) => s.length > 20)
    .map((s) => s.slice(0, 40));
}

describeBrowser("mock interview in the browser", () => {
  const b = useBrowser();

  it("3 questions × 15 s: a good answer, the common wrong answer, a time-out across a reload, then retry the missed", async () => {
    const page = await b.newPage();
    await signUp(page, uniqueEmail("interview"));
    await page.goto("/interview");
    await hydrated(page);
    const lesson = await db.lesson.findFirstOrThrow({ where: { number: 1 }, select: { slug: true } });

    // An out-of-range count is a field error and starts nothing.
    await page.getByLabel("Questions (3–15)").fill("2");
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByText("Between 3 and 15 questions.").waitFor();
    expect(page.url()).toMatch(/\/interview$/);

    await page.getByLabel("Questions (3–15)").fill("3");
    await page.getByLabel("Seconds per question (15–600)").fill("15");
    await page.getByLabel("Chosen chapters").check();
    await page.locator(`input[name="lesson-${lesson.slug}"]`).check();
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.waitForURL(/\/interview\/[^/]+$/);
    const url = page.url();

    // Nothing of the model answers or the wrong answers in the HTML or the RSC payload.
    const secrets = await secretsOf(lesson.slug);
    expect(secrets.length).toBeGreaterThan(3);
    const html = await (await page.request.get(url)).text();
    const rscResponse = await page.request.get(url, { headers: { RSC: "1" } });
    expect(rscResponse.headers()["content-type"]).toContain("text/x-component");
    const rsc = await rscResponse.text();
    expect(html).toContain("Question");
    expect(rsc.length).toBeGreaterThan(100);
    for (const s of secrets) {
      expect(html).not.toContain(s);
      expect(rsc).not.toContain(s);
    }

    const q = page.getByTestId("interview-question");
    await hydrated(page);
    const q1 = (await q.getAttribute("data-question-id"))!;
    await page.getByLabel("Your answer").fill((await question(q1)).modelAnswer);
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(
      (id) => document.querySelector("[data-testid=interview-question]")?.getAttribute("data-question-id") !== id,
      q1,
    );

    const q2 = (await q.getAttribute("data-question-id"))!;
    expect(await page.getByTestId("position").textContent()).toBe("2");
    await page.getByLabel("Your answer").fill((await question(q2)).wrongAnswer!);
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.waitForFunction(
      (id) => document.querySelector("[data-testid=interview-question]")?.getAttribute("data-question-id") !== id,
      q2,
    );
    const q3 = (await q.getAttribute("data-question-id"))!;

    // Reload in the middle: the same question, and the server's clock has kept running
    // (a few real seconds: the deadline is the server's). From here on the page's clock
    // is Playwright's, so the rest of the countdown takes no real time.
    await page.getByLabel("Your answer").fill("I would start by");
    await page.waitForTimeout(3_000);
    await page.clock.install();
    await page.reload();
    await hydrated(page);
    expect(await q.getAttribute("data-question-id")).toBe(q3);
    const left = Number((await page.getByTestId("countdown").textContent())!.split(":")[1]);
    expect(left).toBeLessThanOrEqual(12);
    expect(left).toBeGreaterThan(0);
    expect(await page.getByLabel("Your answer").inputValue()).toBe("I would start by");
    // Announced at 10 seconds (not every second), then the page submits by itself at zero.
    const announced = page.getByTestId("countdown-announcement").filter({ hasText: "10 seconds left" });
    await page.clock.runFor((left - 10) * 1000 + 300);
    await announced.waitFor({ state: "attached", timeout: 5_000 });
    await page.clock.runFor(10_000 + 500);
    await page.getByTestId("interview-report").waitFor({ timeout: 10_000 });

    const answers = page.getByTestId("report-answer");
    expect(await answers.count()).toBe(3);
    expect(await answers.nth(1).getByTestId("misconception").isVisible()).toBe(true);
    expect(await answers.nth(2).getByText("timed out (counts 0)").isVisible()).toBe(true);
    expect(await answers.nth(2).getByText("I would start by").isVisible()).toBe(true);
    expect(await answers.nth(0).locator("mark[data-matched=true]").count()).toBeGreaterThan(0);
    await page.getByTestId("trend-chart").locator("canvas").waitFor();
    expect(await page.getByTestId("trend-table").locator("tbody tr").count()).toBe(1);

    const missed = await db.interviewAnswer.findMany({
      where: { session: { id: url.split("/").pop()! } },
      orderBy: { position: "asc" },
      select: { questionId: true, verdict: true, timedOut: true },
    });
    const expectMissed = missed.filter((a) => a.timedOut || a.verdict !== "correct").map((a) => a.questionId);
    expect(expectMissed).toContain(q2);
    expect(expectMissed).toContain(q3);
    await page.getByRole("button", { name: /Retry the ones I missed/ }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/interview/") && u.href !== url);
    await page.getByTestId("interview-question").waitFor();
    expect(await q.getAttribute("data-question-id")).toBe(expectMissed[0]);
    expect(await page.getByText(`of ${expectMissed.length}`).isVisible()).toBe(true);

    // The history lists both and opens the report.
    await page.goto("/interview");
    expect(await page.getByTestId("interview-history").locator("tbody tr").count()).toBe(2);
  });
});

describe("interview JSON API over HTTP", () => {
  it("starts, answers, replays, refuses, ends and reports exactly as documented", async () => {
    const u = await apiUser(db, "iv-api");
    const other = await apiUser(db, "iv-api-other");
    const bad = await call("POST", "/api/interviews", u.token, { count: 20, secondsPerQuestion: 5 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fields)).toEqual(expect.arrayContaining(["count", "secondsPerQuestion"]));

    const started = await call("POST", "/api/interviews", u.token, {
      count: 3,
      secondsPerQuestion: 60,
      mode: "random",
    });
    expect(started.status).toBe(201);
    expect(Object.keys(started.json).sort()).toEqual(["current", "id", "status", "total"]);
    expect(started.json).toMatchObject({ status: "running", total: 3, current: { position: 1, secondsLeft: 60 } });
    const id = started.json.id as string;

    const got = await call("GET", `/api/interviews/${id}`, u.token);
    expect(Object.keys(got.json).sort()).toEqual(["current", "id", "position", "status", "total"]);
    expect(Object.keys(got.json.current).sort()).toEqual([
      "deadline",
      "lesson",
      "position",
      "prompt",
      "questionId",
      "secondsLeft",
    ]);
    expect(JSON.stringify(got.json)).not.toMatch(/modelAnswer|wrongAnswer/);
    expect((await call("GET", `/api/interviews/${id}`, other.token)).status).toBe(404);
    expect((await call("GET", `/api/interviews/${id}/report`, u.token)).status).toBe(409);

    const questionId = got.json.current.questionId as string;
    const tooLong = await call("POST", `/api/interviews/${id}/answers`, u.token, {
      questionId,
      answer: "x".repeat(5001),
      idempotencyKey: crypto.randomUUID(),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.message).toContain("5000 characters");
    const body = {
      questionId,
      answer: "Containers package dependencies and start fast.",
      idempotencyKey: crypto.randomUUID(),
    };
    expect((await call("POST", `/api/interviews/${id}/answers`, other.token, body)).status).toBe(404);
    const first = await call("POST", `/api/interviews/${id}/answers`, u.token, body);
    expect(first.status).toBe(201);
    expect(Object.keys(first.json).sort()).toEqual(["next", "score", "timedOut", "verdict"]);
    const retry = await call("POST", `/api/interviews/${id}/answers`, u.token, body);
    expect(retry.status).toBe(200);
    expect([retry.json.score, retry.json.verdict]).toEqual([first.json.score, first.json.verdict]);
    expect(
      (await call("POST", `/api/interviews/${id}/answers`, u.token, { ...body, idempotencyKey: crypto.randomUUID() }))
        .status,
    ).toBe(409);

    expect((await call("POST", `/api/interviews/${id}/finish`, other.token)).status).toBe(404);
    const finished = await call("POST", `/api/interviews/${id}/finish`, u.token);
    expect(finished.json).toMatchObject({ status: "finished", current: null });
    const report = await call("GET", `/api/interviews/${id}/report`, u.token);
    expect(report.status).toBe(200);
    expect(report.json.answers).toHaveLength(3);
    expect(Object.keys(report.json.answers[0]).sort()).toEqual(
      [
        "answer",
        "durationMs",
        "modelAnswer",
        "prompt",
        "questionId",
        "score",
        "timedOut",
        "verdict",
        "wrongAnswerMatch",
      ].sort(),
    );
    expect((await call("GET", `/api/interviews/${id}/report`, other.token)).status).toBe(404);
    expect(
      (await db.reviewLog.findMany({ where: { userId: u.id }, select: { source: true } })).map((l) => l.source),
    ).toEqual(["interview"]);
  });
});
