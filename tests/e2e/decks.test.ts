import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeBrowser, hydrated, signUp, uniqueEmail, useBrowser } from "./support/browser";
import { deckChapter } from "../support/deck-chapter";
import { buildApkg } from "../support/anki-fixture";

const XSS_Q = "<img src=x onerror=window.__xss=1> What does onerror do?";
const XSS_CARD = "<script>window.__xss=2</script><b>bold?</b>";
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

describeBrowser("decks in the browser", () => {
  const b = useBrowser();

  it("create a deck, upload chapters with a preview, add a card; HTML in card text shows as text and never runs; study the deck alone", async () => {
    const page = await b.newPage();
    await signUp(page, uniqueEmail("decks"), "Dana");
    await page.goto("/decks");
    await hydrated(page);
    await page.getByLabel("Deck name").fill("Platform drills");
    await page.getByRole("button", { name: "Create deck" }).click();
    await page.waitForURL(/\/decks\/[a-z0-9]+$/);
    await hydrated(page);

    // A broken file: nothing imported, every error with file and line.
    await page.getByTestId("chapter-files").setInputFiles([
      {
        name: "01-good.md",
        mimeType: "text/markdown",
        buffer: Buffer.from(
          deckChapter(1, { pairs: [{ q: XSS_Q, a: "It runs code when an image fails.", wrong: "Nothing." }] }),
        ),
      },
      {
        name: "02-bad.md",
        mimeType: "text/markdown",
        buffer: Buffer.from("# 02. Bad\n\n## Interview Q&A\n\n**Q:** Lonely question?\n"),
      },
    ]);
    expect(await page.getByTestId("upload-errors").textContent()).toContain("02-bad.md:5");
    await page.getByTestId("chapter-files").setInputFiles([
      {
        name: "01-good.md",
        mimeType: "text/markdown",
        buffer: Buffer.from(
          deckChapter(1, { pairs: [{ q: XSS_Q, a: "It runs code when an image fails.", wrong: "Nothing." }] }),
        ),
      },
    ]);
    expect(await page.getByTestId("upload-preview").textContent()).toContain("create 2, change 0 and retire 0");
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByTestId("upload-done").waitFor();
    await page.getByText(XSS_Q).first().waitFor();

    await page.getByLabel("Question").first().fill(XSS_CARD);
    await page.getByLabel("Model answer").first().fill("Shown as text.");
    await page.getByRole("button", { name: "Add card" }).click();
    await page.getByText(XSS_CARD).first().waitFor();
    const questions = await page.getByTestId("card-question").allTextContents();
    expect(questions).toEqual(expect.arrayContaining([XSS_Q, XSS_CARD]));
    expect(await page.locator("[data-testid=deck-cards] img, [data-testid=deck-cards] script").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await shoot(page, "deck-page");

    // The deck's own queue: only its three cards, text still text.
    await page.goto(`${page.url().replace(/\/decks\//, "/review?deck=")}`);
    await hydrated(page);
    const prompts = new Set<string>();
    for (let i = 0; i < 3; i++) {
      prompts.add((await page.getByTestId("review-card").locator("h1").textContent())!);
      const id = await page.getByTestId("review-card").getAttribute("data-card-id");
      await page.getByRole("button", { name: "Show answer" }).click();
      await page.getByRole("button", { name: /4 · Easy/ }).click();
      await page.waitForFunction(
        (prev) => document.querySelector("[data-testid=review-card]")?.getAttribute("data-card-id") !== prev,
        id,
      );
    }
    expect([...prompts].sort()).toEqual([XSS_CARD, XSS_Q, "What does chapter 1 teach?"].sort());
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  });

  it("imports an Anki package from the Decks page, and refuses a file that is not one", async () => {
    const page = await b.newPage();
    await signUp(page, uniqueEmail("anki"), "Ari");
    await page.goto("/decks");
    await hydrated(page);
    await page
      .getByTestId("anki-file")
      .setInputFiles({ name: "notes.apkg", mimeType: "application/octet-stream", buffer: Buffer.from("not a zip") });
    await page.getByRole("button", { name: "Import" }).click();
    expect(await page.getByRole("alert").filter({ hasText: "not a zip" }).textContent()).toMatch(/not a zip/);
    const apkg = buildApkg({
      decks: { 1: "Default", 5: "Español" },
      notes: [
        { kind: "basic", fields: ["<img src=x onerror=window.__xss=3>hola", "hello"], deck: 5 },
        { kind: "cloze", fields: ["{{c1::Madrid}} is in Spain", ""] },
      ],
      reviews: [{ note: 0, at: Date.UTC(2025, 5, 1), ease: 3 }],
    });
    await page
      .getByTestId("anki-file")
      .setInputFiles({ name: "spanish.apkg", mimeType: "application/octet-stream", buffer: Buffer.from(apkg) });
    await page.getByRole("button", { name: "Import" }).click();
    expect(await page.getByTestId("anki-done").textContent()).toBe("Imported 2 cards and 1 review into 2 decks.");
    await page.getByRole("link", { name: "Español" }).waitFor();
    await shoot(page, "decks-list");
    await page.getByRole("link", { name: "Español" }).click();
    await page.getByText("hola").first().waitFor();
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  });
});
