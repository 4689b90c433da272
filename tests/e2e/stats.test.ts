// Stats, the card browser and account deletion in Chromium, against `next start`.
// History is written straight into the server's database by the simulator.
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { createDb, type TDb } from "@/lib/db/client";
import { seedHistory } from "@/scripts/lib/seed-history";
import { describeBrowser, hydrated, signUp, uniqueEmail, useBrowser } from "./support/browser";

const CHARTS = [
  "reviews",
  "time",
  "calendar",
  "forecast",
  "stability",
  "difficulty",
  "retrievability",
  "scores",
  "interviews",
];

/** A chart is drawn when its canvas has painted pixels. */
const painted = (page: Page, testId: string) =>
  page.evaluate((id) => {
    const c = document.querySelector(`[data-testid="${id}"] canvas`) as HTMLCanvasElement | null;
    if (!c || !c.width || !c.height) return 0;
    const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  }, testId);

describeBrowser("stats, cards and your data in the browser", () => {
  const b = useBrowser();
  let db: TDb;
  beforeAll(() => {
    db = createDb(inject("e2eDatabaseUrl"));
  });
  afterAll(async () => db?.$disconnect());

  async function seededUser(page: Page) {
    const email = uniqueEmail("stats");
    await signUp(page, email);
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    await seedHistory(db, user.id, { logs: 1_500, days: 420, now: new Date(), interviews: 4 });
    return email;
  }

  it("the Stats page renders every chart, with a text alternative, for a seeded user (dark mode)", async () => {
    const page = await b.newPage({ colorScheme: "dark" });
    await seededUser(page);
    await page.goto("/stats");
    await hydrated(page);
    for (const id of CHARTS) {
      await page.getByTestId(`chart-${id}`).locator("canvas").waitFor();
      await expect.poll(() => painted(page, `chart-${id}`), { timeout: 10_000, message: id }).toBeGreaterThan(100);
      expect(await page.getByTestId(`chart-${id}`).locator("canvas").getAttribute("aria-label"), id).toMatch(/\d/);
    }
    expect(Number(await page.getByTestId("streak-longest").textContent())).toBeGreaterThan(0);
    expect(await page.getByTestId("reviews-summary").textContent()).toMatch(/Last 30 days: [1-9]\d* reviews/);
    await page.getByRole("button", { name: "1 year" }).click();
    expect(await page.getByTestId("reviews-summary").textContent()).toMatch(/^Last 365 days/);
    const retention = page.getByTestId("widget-retention").getByRole("table");
    expect(await retention.getByRole("row", { name: /Last year/ }).textContent()).toMatch(/\d+\.\d%/);
    expect(await page.getByTestId("desired-retention").textContent()).toBe("90.0%");
    expect(await page.getByTestId("override-summary").textContent()).toMatch(/overruled/);
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
  });

  it("hides the interview trend until an interview is finished", async () => {
    const page = await b.newPage();
    await signUp(page, uniqueEmail("fresh"));
    await page.goto("/stats");
    await page.getByTestId("widget-scorer").waitFor();
    await page.getByTestId("widget-chapters").waitFor();
    expect(await page.getByRole("heading", { name: "Interviews: score trend" }).count()).toBe(0);
    expect(await page.getByTestId("widget-interviews").count()).toBe(0);
  });

  it("the card browser filters and opens card info", async () => {
    const page = await b.newPage();
    await seededUser(page);
    await page.goto("/cards");
    await hydrated(page);
    const all = Number((await page.getByTestId("card-total").textContent())!.split(" ")[0]);
    await page.getByLabel("State", { exact: true }).selectOption("review");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/state=review/);
    const reviewed = Number((await page.getByTestId("card-total").textContent())!.split(" ")[0]);
    expect(reviewed).toBeGreaterThan(0);
    expect(reviewed).toBeLessThanOrEqual(all);
    const states = await page.getByTestId("card-row").locator("td:nth-child(3)").allTextContents();
    expect(new Set(states)).toEqual(new Set(["Review"]));

    await page.getByLabel("Search", { exact: true }).fill("IMAGE");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/q=IMAGE/);
    const prompts = await page.getByTestId("card-row").locator("td:nth-child(2) a").allTextContents();
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.every((p) => /image/i.test(p))).toBe(true);

    await page.getByTestId("card-row").first().locator("a").click();
    await page.waitForURL(/\/cards\/[^/?]+$/);
    expect(await page.getByTestId("card-prompt").textContent()).toBe(prompts[0]);
    expect(await page.getByTestId("review-row").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("fact-recall").textContent()).toMatch(
      /^\d+% (at next due · \d+% now|a day from now \(stability [\d.]+ (min|h|d)\) · \d+% now|now \(overdue; \d+% when it fell due\))$/,
    );

    // Someone else's card id answers 404, not data.
    const res = await page.goto("/cards/not-my-card-id");
    expect(res?.status()).toBe(404);
  });

  it("exports over HTTP (session or nothing), and the import endpoint refuses a damaged file", async () => {
    const page = await b.newPage();
    await seededUser(page);
    const csv = await page.request.get("/api/export/reviews.csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toMatch(/^card_id,review_time,review_rating,review_state,review_duration,/);
    expect(lines.length).toBeGreaterThan(100);
    const exported = await page.request.get("/api/export");
    const text = await exported.text();
    expect(JSON.parse(text)).toMatchObject({ format: "deckhand-export", version: 1 });
    expect(text).not.toMatch(/passwordHash|argon2/);

    const damaged = await page.request.post("/api/import", {
      headers: { "content-type": "application/json" },
      data: text.slice(0, 5_000),
    });
    expect(damaged.status()).toBe(400);
    expect((await damaged.json()).error.code).toBe("invalid_export");
    const again = await page.request.post("/api/import", {
      headers: { "content-type": "application/json" },
      data: text,
    });
    expect(again.status()).toBe(200);
    expect((await again.json()).imported).toMatchObject({ cards: 0, reviewLogs: 0, interviews: 0, activityDays: 0 });

    const anonymous = await fetch(`${b.baseUrl}/api/export/reviews.csv`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthorized");
  });

  it("deleting the account asks for the password, signs out, and the email can sign up again", async () => {
    const page = await b.newPage();
    const email = uniqueEmail("gone");
    await signUp(page, email);
    await page.goto("/settings");
    await hydrated(page);
    const form = page.locator("form", { has: page.getByRole("button", { name: "Delete my account" }) });
    await form.getByLabel("Password").fill("not my password");
    await form.getByRole("button", { name: "Delete my account" }).click();
    await form.getByRole("alert").filter({ hasText: "Wrong password" }).waitFor();
    expect(await db.user.count({ where: { email } })).toBe(1);

    await form.getByLabel("Password").fill("correct horse battery");
    await form.getByRole("button", { name: "Delete my account" }).click();
    await page.waitForURL("**/sign-in?deleted=1");
    await page.getByText("Your account and everything in it were deleted.").waitFor();
    expect(await db.user.count({ where: { email } })).toBe(0);
    await page.goto("/today");
    await page.waitForURL("**/sign-in**");

    await signUp(page, email);
    expect(await page.getByRole("heading", { name: "Today" }).isVisible()).toBe(true);
  });
});
