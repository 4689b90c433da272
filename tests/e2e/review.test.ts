// The review screen as a keyboard user meets it: typing never reveals or
// rates, Space accepts the suggestion, Ctrl+Z undoes from the box, every card
// action undoes, the interval on a button is the one stored, counts go down.
import { expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { createDb } from "@/lib/db/client";
import { formatInterval } from "@/lib/review/format-interval";
import { describeBrowser, hydrated, signUp, uniqueEmail, useBrowser } from "./support/browser";

const cardId = (page: Page) => page.getByTestId("review-card").getAttribute("data-card-id");
// The rating keys wait for the reveal's request to settle (the buttons are disabled until then).
const ratable = (page: Page) =>
  page.waitForFunction(
    () => (document.querySelector("[data-testid=rate-3]") as HTMLButtonElement | null)?.disabled === false,
  );
const nextCard = (page: Page, id: string | null) =>
  page.waitForFunction(
    (prev) => document.querySelector("[data-testid=review-card]")?.getAttribute("data-card-id") !== prev,
    id,
  );
const backTo = (page: Page, id: string | null) =>
  page.waitForFunction(
    (want) => document.querySelector("[data-testid=review-card]")?.getAttribute("data-card-id") === want,
    id,
  );
const count = async (page: Page, id: string) => Number(await page.getByTestId(id).textContent());

async function startReview(page: Page) {
  await signUp(page, uniqueEmail("review"));
  await page.goto("/review");
  await hydrated(page);
  await page.getByTestId("review-card").waitFor();
}

describeBrowser("daily review in the browser", () => {
  const b = useBrowser();

  it("typing without clicking goes into the focused box: nothing is revealed or rated", async () => {
    const page = await b.newPage();
    await startReview(page);
    const first = await cardId(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("answer");
    const typed = "Settings differ per env so 3 copies 1 2 4 of the image ";
    await page.keyboard.type(typed);
    await page.keyboard.press("Enter"); // a new line, not a reveal
    expect(await page.getByLabel("Your answer").inputValue()).toBe(`${typed}\n`);
    expect(await page.getByTestId("reveal").count()).toBe(0);
    expect(await cardId(page)).toBe(first);
    expect(await page.getByTestId("count-reviewed").textContent()).toBe("0 reviewed this session");
  });

  it("Ctrl+Enter reveals, Space accepts the suggestion, counts go down, Ctrl+Z from the next card's box undoes and restores answer and score", async () => {
    const page = await b.newPage();
    await startReview(page);
    const first = await cardId(page);
    const newBefore = await count(page, "count-new");
    const answer = "An image is a read-only recipe; a container is a running process started from it.";
    await page.keyboard.type(answer);
    await page.keyboard.press("Control+Enter");
    await page.getByTestId("score").waitFor();
    const score = await page.getByTestId("score-value").textContent();
    const chosen = page.getByRole("button", { pressed: true });
    expect(await chosen.count()).toBe(1);
    const label = (await chosen.locator("span").first().textContent())!.replace(/^\d · /, "");
    expect(await page.getByTestId("announcer").textContent()).toMatch(new RegExp(`^Score ${score}, `));

    await page.keyboard.press("Space");
    await nextCard(page, first);
    expect(await page.getByTestId("announcer").textContent()).toMatch(new RegExp(`^Rated ${label}\\. Next card: `));
    expect(await count(page, "count-new")).toBe(newBefore - 1);
    expect(await page.getByTestId("count-reviewed").textContent()).toBe("1 reviewed this session");
    // Focus is in the next card's (empty) box; Ctrl+Z there undoes the review.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("answer");
    await page.keyboard.press("Control+z");
    await backTo(page, first);
    await page.getByTestId("score").waitFor();
    expect(await page.getByTestId("notice").textContent()).toMatch(
      new RegExp(`^Undid: rating ${label} of ‘Why is an image`),
    );
    expect(await page.getByLabel("Your answer").inputValue()).toBe(answer);
    expect(await page.getByTestId("score-value").textContent()).toBe(score);
    expect(await count(page, "count-new")).toBe(newBefore);
  });

  it("suspend → undo: that card is back and the earlier review is untouched; Forget asks first", async () => {
    const page = await b.newPage();
    await startReview(page);
    const first = await cardId(page);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Space");
    await page.getByTestId("reveal").waitFor();
    await ratable(page);
    await page.keyboard.press("3");
    await nextCard(page, first);
    const second = await cardId(page);
    await page.getByRole("button", { name: "Suspend" }).click();
    await nextCard(page, second);
    expect(await page.getByTestId("notice").textContent()).toMatch(/^Suspended: /);

    await page.getByRole("button", { name: "Undo (Ctrl+Z)" }).click();
    await backTo(page, second);
    expect(await page.getByTestId("notice").textContent()).toMatch(/^Undid: suspend of ‘/);
    expect(await page.getByTestId("count-reviewed").textContent()).toBe("1 reviewed this session");

    await page.getByRole("button", { name: "Forget (reset)…" }).click();
    expect(await cardId(page)).toBe(second);
    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await cardId(page)).toBe(second);
  });

  it("the Easy interval shown is the due date stored, and reloading does not change it", async () => {
    const page = await b.newPage();
    await startReview(page);
    const id = await cardId(page);
    await page.keyboard.press("Control+Enter");
    await page.getByTestId("reveal").waitFor();
    const shown = await page.getByTestId("interval-4").textContent();
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await hydrated(page);
      await page.keyboard.press("Control+Enter");
      await page.getByTestId("reveal").waitFor();
      expect(await page.getByTestId("interval-4").textContent()).toBe(shown);
    }
    const ratedAt = new Date();
    await page.keyboard.press("4");
    await nextCard(page, id);
    const db = createDb(inject("e2eDatabaseUrl"));
    const card = await db.card.findUniqueOrThrow({ where: { id: id! }, select: { due: true, state: true } });
    expect(card.state).toBe(2);
    expect(formatInterval(ratedAt, card.due)).toBe(shown);
    expect(shown).toMatch(/^\d+d$/);
  });
});
