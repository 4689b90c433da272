import { expect, it } from "vitest";
import { describeBrowser, signUp, uniqueEmail, useBrowser } from "./support/browser";

describeBrowser("daily review in the browser", () => {
  const b = useBrowser();

  it("type an answer → see score and suggested rating → rate with the keyboard → undo → the card is back", async () => {
    const page = await b.newPage();
    await signUp(page, uniqueEmail("review"));
    expect(Number(await page.getByTestId("new-count").textContent())).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Start review" }).click();
    await page.waitForURL("**/review");
    await page.waitForLoadState("networkidle");

    const card = page.getByTestId("review-card");
    const firstId = await card.getAttribute("data-card-id");
    const prompt = await page.getByRole("heading", { level: 1 }).textContent();
    expect(prompt).toBe("Why is an image not the same thing as a running container?");

    await page.getByLabel("Your answer").fill("An image is a read-only recipe; a container is a running process started from it.");
    await page.keyboard.press("Enter");
    await page.getByTestId("score").waitFor();
    const score = Number((await page.getByTestId("score").locator("span").first().textContent()) ?? "NaN");
    expect(score).toBeGreaterThanOrEqual(0);
    expect(await page.getByText(/Suggested: (Again|Hard|Good|Easy)/).isVisible()).toBe(true);
    expect(await page.getByRole("button", { pressed: true }).count()).toBe(1);

    await page.getByLabel("Your answer").blur();
    await page.keyboard.press("3");
    await page.waitForFunction((id) => document.querySelector("[data-testid=review-card]")?.getAttribute("data-card-id") !== id, firstId);
    expect(await page.getByText("1 reviewed").isVisible()).toBe(true);

    await page.keyboard.press("Control+z");
    await page.getByText("Last review undone.").waitFor();
    await page.waitForFunction((id) => document.querySelector("[data-testid=review-card]")?.getAttribute("data-card-id") === id, firstId, { timeout: 5_000 });
    expect(await page.getByText("0 reviewed").isVisible()).toBe(true);
  });
});
