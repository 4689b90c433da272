// Interview start and Stats, deck by deck, in Chromium and over the JSON API.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { createDb, type TDb } from "@/lib/db/client";
import { createDeck } from "@/lib/decks/create-deck";
import { createTeam } from "@/lib/teams/create-team";
import { uploadChapters } from "@/lib/decks/upload-chapters";
import { apiUser, call } from "./support/api";
import { describeBrowser, hydrated, signUp, uniqueEmail, useBrowser } from "./support/browser";
import { deckChapter } from "../support/deck-chapter";

// Screenshots for a person to look at: DECK_SHOTS=/tmp/deck-shots (never committed).
const SHOTS = process.env.DECK_SHOTS;
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const pairs = [1, 2, 3].map((i) => ({ q: `Why does harbour rule ${i} hold?`, a: `Rule ${i} keeps ships apart.` }));
let db: TDb;
beforeAll(() => void (db = createDb(inject("e2eDatabaseUrl"))));
afterAll(async () => db?.$disconnect());

describeBrowser("decks on the interview and stats pages", () => {
  const b = useBrowser();

  it("the interview asks only the ticked deck; stats filter by deck; another's deck is 404", async () => {
    const page = await b.newPage();
    await signUp(page, uniqueEmail("deck-filters"), "Dana");
    await page.goto("/decks");
    await hydrated(page);
    await page.getByLabel("Deck name").fill("Harbour drills");
    await page.getByRole("button", { name: "Create deck" }).click();
    await page.waitForURL(/\/decks\/[a-z0-9]+$/);
    const deckId = page.url().split("/").pop()!;
    await hydrated(page);
    await page
      .getByTestId("chapter-files")
      .setInputFiles([
        { name: "01-harbour.md", mimeType: "text/markdown", buffer: Buffer.from(deckChapter(1, { pairs })) },
      ]);
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByTestId("upload-done").waitFor();

    await page.goto("/interview");
    await hydrated(page);
    const decks = page.getByRole("group", { name: "Decks" });
    expect(await decks.getByRole("checkbox", { name: "Harbour drills" }).isChecked()).toBe(true);
    await shoot(page, "interview-decks");
    for (const box of await decks.getByRole("checkbox").all()) await box.uncheck();
    await page.getByRole("button", { name: "Start interview" }).click();
    await decks.getByRole("alert").filter({ hasText: "Choose at least one deck." }).waitFor();
    await decks.getByRole("checkbox", { name: "Harbour drills" }).check();
    await page.getByLabel("Questions (3–15)").fill("3");
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.waitForURL(/\/interview\/[^/]+$/);
    expect(await page.getByTestId("interview-question").textContent()).toMatch(/Why does harbour rule \d hold\?/);

    await page.goto("/stats");
    await page.getByLabel("Deck").selectOption(deckId);
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(`**/stats?deck=${deckId}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Stats · Harbour drills");
    await shoot(page, "stats-deck");

    // Someone else's deck: not found, on the page and in the API (never its questions).
    const other = await apiUser(db, "deck-filters-other");
    const theirs = await createDeck(db, other.id, "Private");
    const up = await uploadChapters(db, other.id, theirs.id, [{ name: "01-p.md", text: deckChapter(1, { pairs }) }], {
      now: new Date(),
    });
    expect(up.ok).toBe(true);
    expect((await page.goto(`/stats?deck=${theirs.id}`))!.status()).toBe(404);
    const me = await apiUser(db, "deck-filters-me");
    const refused = await call("POST", "/api/interviews", me.token, { count: 3, deckIds: [theirs.id] });
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.json)).not.toMatch(/harbour rule/);
    const mine = await call("POST", "/api/interviews", other.token, { count: 3, deckIds: [theirs.id] });
    expect(mine.status).toBe(201);
    expect(
      await db.interviewAnswer.count({ where: { sessionId: mine.json.id, question: { deckId: theirs.id } } }),
    ).toBe(3);

    // Team insights: the course or the team's deck; Dana's private deck is not the team's.
    const dana = await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { ownerId: true } });
    const team = await createTeam(db, dana.ownerId!, "Crew");
    await createDeck(db, dana.ownerId!, "Crew drills", team.slug);
    expect((await page.goto(`/teams/${team.slug}?deck=${deckId}`))!.status()).toBe(404);
    await page.goto(`/teams/${team.slug}?period=all`);
    await page.getByLabel("Insights for deck").selectOption({ label: "Crew drills" });
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/period=all&deck=/);
    await page.getByRole("heading", { name: "Weakest chapters" }).waitFor();
    await shoot(page, "team-insights-deck");
  });
});
