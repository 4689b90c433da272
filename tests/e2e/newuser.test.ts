// What a new user tripped on (issue #24), over real HTTP and in Chromium:
// invites that survive sign-up, checking an answer before rating, correcting
// the interview scorer, and card info telling the person what they chose.
import crypto from "node:crypto";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createDb, type TDb } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/manage-tokens";
import { describeBrowser, hydrated, signUp, uniqueEmail, useBrowser } from "./support/browser";

let db: TDb;
beforeAll(() => {
  db = createDb(inject("e2eDatabaseUrl"));
});
afterAll(async () => db?.$disconnect());

const key = () => `e2e-${crypto.randomUUID()}`;
async function call(token: string, method: "GET" | "POST", path: string, body?: unknown) {
  const res = await fetch(`${inject("baseUrl")}${path}`, {
    method,
    redirect: "manual",
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
const tokenFor = async (email: string) => {
  const u = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return { id: u.id, token: (await createToken(db, u.id, "e2e")).token };
};

describeBrowser("a new user's path", () => {
  const b = useBrowser();

  it("an invite link opened signed out → sign in → Create an account → lands on the join page", async () => {
    const a = await b.newPage();
    await signUp(a, uniqueEmail("inv-a"), "Avery");
    await a.goto("/teams");
    await hydrated(a);
    await a.getByLabel("Team name").fill("Night watch");
    await a.getByRole("button", { name: "Create team" }).click();
    await a.waitForURL(/\/teams\/night-watch-/);
    const link = (await a.getByTestId("invite-link").textContent())!;
    const joinPath = new URL(link).pathname;

    const newcomer = await b.newPage();
    await newcomer.goto(joinPath);
    await newcomer.waitForURL("**/sign-in?callbackUrl=**");
    await hydrated(newcomer);
    await newcomer.getByRole("link", { name: "Create an account" }).click();
    await newcomer.waitForURL("**/sign-up?callbackUrl=**");
    await hydrated(newcomer);
    await newcomer.getByLabel("Name").fill("Blair");
    await newcomer.getByLabel("Email").fill(uniqueEmail("inv-b"));
    await newcomer.getByLabel("Password").fill("correct horse battery");
    await newcomer.getByRole("button", { name: "Create account" }).click();
    await newcomer.waitForURL(`**${joinPath}`);
    expect(new URL(newcomer.url()).pathname).toBe(joinPath);

    // The same rules as sign-in: another site is never a destination.
    const crafted = await b.newPage();
    await crafted.goto(`/sign-up?callbackUrl=${encodeURIComponent("//evil.example/x")}`);
    await hydrated(crafted);
    await crafted.getByLabel("Name").fill("Casey");
    await crafted.getByLabel("Email").fill(uniqueEmail("inv-c"));
    await crafted.getByLabel("Password").fill("correct horse battery");
    await crafted.getByRole("button", { name: "Create account" }).click();
    await crafted.waitForURL("**/today");
  });

  it("POST /api/cards/:id/check judges without recording; card info shows the answers and an override", async () => {
    const page = await b.newPage();
    const email = uniqueEmail("check");
    await signUp(page, email);
    const me = await tokenFor(email);
    const card = await db.card.findFirstOrThrow({
      where: { userId: me.id, question: { kind: "interview", wrongAnswer: { not: null } } },
      select: { id: true, question: { select: { modelAnswer: true, wrongAnswer: true } } },
    });
    const checked = await call(me.token, "POST", `/api/cards/${card.id}/check`, {
      answer: card.question.wrongAnswer,
      seconds: 12,
    });
    expect(checked.status).toBe(200);
    expect(Object.keys(checked.json).sort()).toEqual([
      "concepts",
      "feedback",
      "intervals",
      "reference",
      "score",
      "suggestedRating",
      "verdict",
      "wrongAnswer",
    ]);
    expect(checked.json).toMatchObject({
      verdict: "common-wrong-answer",
      suggestedRating: 1,
      reference: card.question.modelAnswer,
    });
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(0);

    const stranger = await tokenFor(await signUpApi(b, "check-other"));
    expect((await call(stranger.token, "POST", `/api/cards/${card.id}/check`, { answer: "x" })).status).toBe(404);
    expect((await call(me.token, "POST", `/api/cards/${card.id}/check`, { answer: 5 })).status).toBe(400);

    // Rated Good against the scorer's Again: card info says so, and shows both answers.
    const rated = await call(me.token, "POST", "/api/reviews", {
      cardId: card.id,
      rating: 3,
      answer: card.question.wrongAnswer,
      idempotencyKey: key(),
    });
    expect(rated.json).toMatchObject({ rating: 3, suggestedRating: 1 });
    await page.goto(`/cards/${card.id}`);
    expect(await page.getByTestId("overrode").textContent()).toBe("you overrode the scorer");
    expect(await page.getByTestId("model-answer").textContent()).toBe(card.question.modelAnswer);
    expect(await page.getByTestId("wrong-answer").textContent()).toBe(card.question.wrongAnswer);
  });

  it("POST /api/interviews/:id/corrections re-rates an answer once; the report's buttons do the same; 404 for another's", async () => {
    const page = await b.newPage();
    const email = uniqueEmail("corr");
    await signUp(page, email);
    const me = await tokenFor(email);
    const started = await call(me.token, "POST", "/api/interviews", {
      count: 3,
      secondsPerQuestion: 120,
      mode: "random",
    });
    expect(started.status).toBe(201);
    const id = started.json.id as string;
    let current = started.json.current as { questionId: string } | null;
    const asked: string[] = [];
    while (current) {
      asked.push(current.questionId);
      const r = await call(me.token, "POST", `/api/interviews/${id}/answers`, {
        questionId: current.questionId,
        answer: "no idea, sorry",
        idempotencyKey: key(),
      });
      current = r.json.next as { questionId: string } | null;
    }
    const right = await call(me.token, "POST", `/api/interviews/${id}/corrections`, {
      questionId: asked[0],
      correct: true,
    });
    expect(right).toEqual({ status: 200, json: { rating: 3 } });
    expect(
      await call(me.token, "POST", `/api/interviews/${id}/corrections`, { questionId: asked[0], correct: true }),
    ).toEqual({ status: 200, json: { rating: 3 } });
    expect(await db.reviewLog.count({ where: { userId: me.id, undone: false } })).toBe(3);
    const other = await tokenFor(await signUpApi(b, "corr-other"));
    const theirs = await call(other.token, "POST", `/api/interviews/${id}/corrections`, {
      questionId: asked[0],
      correct: false,
    });
    expect(theirs.status).toBe(404);

    await page.goto(`/interview/${id}`);
    await hydrated(page);
    const second = page.getByTestId("report-answer").nth(1);
    expect(await second.getByTestId("review-rating").textContent()).toContain("Again");
    await second.getByRole("button", { name: "I was right" }).click();
    await second.getByTestId("review-rating").filter({ hasText: "Good" }).waitFor();
    expect(await second.getByTestId("review-rating").textContent()).toContain("you corrected the scorer");
  });

  it("End interview asks first; a 6,500-character paste says what was cut; ended early shows apart", async () => {
    const page = await b.newPage();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await signUp(page, uniqueEmail("end"));
    await expect(page.getByTestId("greeting").textContent()).resolves.toMatch(/^Welcome aboard/);
    await page.goto("/interview");
    await hydrated(page);
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.waitForURL(/\/interview\/[^/]+$/);
    await hydrated(page);

    const long = `${"x".repeat(5000)}THE CUT PART${"y".repeat(1488)}`;
    await page.evaluate((t) => navigator.clipboard.writeText(t), long);
    const box = page.getByLabel("Your answer");
    await box.focus();
    await page.keyboard.press("Control+V");
    await page.getByTestId("answer-cut").waitFor();
    expect(await page.getByTestId("answer-cut").textContent()).toContain(
      "the last 1,500 characters of what you pasted were left out (from “THE CUT PART",
    );
    expect(await page.getByTestId("answer-counter").textContent()).toBe("5,000 / 5,000 characters");
    expect((await box.inputValue()).length).toBe(5000);
    // One answer (what was kept), then end the rest early.
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.getByTestId("position").filter({ hasText: "2" }).waitFor();
    expect(await page.getByTestId("answer-cut").count()).toBe(0);

    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByTestId("end-confirm").waitFor();
    await page.getByRole("button", { name: "Keep going" }).click();
    expect(await page.getByTestId("interview-runner").isVisible()).toBe(true);
    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByRole("button", { name: "Yes, end it" }).click();
    await page.getByTestId("interview-report").waitFor();
    await page.getByTestId("ended-early").waitFor();
    expect(await page.getByTestId("trend-table").locator("tbody tr").count()).toBe(0);
    await page.getByTestId("trend-empty").waitFor();

    await page.goto("/today");
    await expect(page.getByTestId("greeting").textContent()).resolves.toBe("Welcome back, Test Sailor.");
  });

  it("at 390 px the board's Retention and Streak and the card list's Recall and Lapses are on screen", async () => {
    const page = await b.newPage({ viewport: { width: 390, height: 844 } });
    await signUp(page, uniqueEmail("phone"));
    await page.goto("/teams");
    await hydrated(page);
    await page.getByLabel("Team name").fill("Phone crew");
    await page.getByRole("button", { name: "Create team" }).click();
    await page.waitForURL(/\/teams\/phone-crew-/);
    const inView = async (testId: string) => {
      const box = (await page.getByTestId(testId).first().boundingBox())!;
      return box.x >= 0 && box.x + box.width <= 390;
    };
    expect(await inView("board-retention")).toBe(true);
    expect(await inView("board-streak")).toBe(true);
    await page.goto("/cards");
    expect(await inView("card-recall")).toBe(true);
    expect(await inView("card-lapses")).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

/** Another account (for the 404s), signed up in its own browser context. */
async function signUpApi(b: ReturnType<typeof useBrowser>, tag: string) {
  const p = await b.newPage();
  const email = uniqueEmail(tag);
  await signUp(p, email);
  await p.context().close();
  return email;
}
