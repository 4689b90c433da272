import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeBrowser, hydrated, signUp, uniqueEmail, useBrowser } from "./support/browser";

/** Rates `n` new cards Good without typing (a new card earns the fixed 2 points). */
async function reviewNew(page: Page, n: number) {
  await page.goto("/review");
  await hydrated(page);
  for (let i = 0; i < n; i++) {
    const card = page.getByTestId("review-card");
    const id = await card.getAttribute("data-card-id");
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /3 · Good/ }).click();
    await page.waitForFunction(
      (prev) => document.querySelector("[data-testid=review-card]")?.getAttribute("data-card-id") !== prev,
      id,
    );
  }
}

const boardRows = async (page: Page) =>
  page.getByTestId("board-row").evaluateAll((rows) =>
    rows.map((r) => {
      const cells = [...r.querySelectorAll("td")].map((td) => td.textContent ?? "");
      return { name: cells[1]!.replace(/\(you\)$/, ""), points: Number(cells[2]), me: r.hasAttribute("data-me") };
    }),
  );

describeBrowser("teams in the browser", () => {
  const b = useBrowser();

  it("A creates a team and shares the link, B joins, both review, the board ranks them; B hides and A no longer sees B", async () => {
    const a = await b.newPage();
    await signUp(a, uniqueEmail("team-a"), "Avery");
    await a.goto("/teams");
    await hydrated(a);
    await a.getByLabel("Team name").fill("<b>Ops</b> crew");
    await a.getByRole("button", { name: "Create team" }).click();
    await a.waitForURL(/\/teams\/b-ops-b-crew-[0-9a-f]{6}$/);
    expect(await a.getByTestId("team-name").textContent()).toBe("<b>Ops</b> crew"); // shown escaped, as typed
    await hydrated(a);
    await a.getByRole("button", { name: "Copy link" }).click();
    const link = (await a.getByTestId("invite-link").textContent())!;
    expect(link).toMatch(/\/teams\/join\/[A-Z2-9]{10}$/);
    const teamUrl = a.url();

    const bPage = await b.newPage();
    await signUp(bPage, uniqueEmail("team-b"), "Blake");
    await bPage.goto(link);
    await hydrated(bPage);
    expect(await bPage.getByRole("heading", { level: 1 }).textContent()).toBe("Join <b>Ops</b> crew");
    await bPage.getByRole("button", { name: "Join team" }).click();
    await bPage.waitForURL(teamUrl);

    await reviewNew(a, 2);
    await reviewNew(bPage, 1);

    await a.goto(teamUrl);
    expect(await boardRows(a)).toEqual([
      { name: "Avery", points: 4, me: true },
      { name: "Blake", points: 2, me: false },
    ]);

    await bPage.goto(teamUrl);
    await hydrated(bPage);
    await bPage.getByRole("button", { name: "Hide me from the boards" }).click();
    await bPage.getByText(/You are hidden/).waitFor();

    await a.goto(teamUrl);
    expect(await boardRows(a)).toEqual([{ name: "Avery", points: 4, me: true }]);
    expect(await a.getByText("1 member is not listed.", { exact: false }).isVisible()).toBe(true);

    // A stranger gets 404 for the team page, and the old link stops working once rotated.
    await hydrated(a);
    await a.getByRole("button", { name: "New code" }).click();
    await a.getByText("New code made; the old link no longer works.").waitFor();
    const c = await b.newPage();
    await signUp(c, uniqueEmail("team-c"), "Casey");
    expect((await c.goto(teamUrl))!.status()).toBe(404);
    await c.goto(link);
    expect(await c.getByText("This invite link no longer works — ask for a new one.").isVisible()).toBe(true);
    expect(await c.getByRole("button", { name: "Join team" }).count()).toBe(0);
  });
});
