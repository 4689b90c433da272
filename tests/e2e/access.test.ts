// Accessibility in the browser: axe-core (WCAG 2 A/AA, contrast 4.5:1) on
// sign-in, Today, the review screen (question and answer) and Settings, in
// light and dark; the phone navigation; focus after a failed form; favicon.
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeBrowser, hydrated, signUp, uniqueEmail, useBrowser } from "./support/browser";
import { runAxe } from "./support/axe";

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function expectNoViolations(page: Page, where: string) {
  const v = await runAxe(page);
  expect(v, `${where}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

describeBrowser("accessibility", () => {
  const b = useBrowser();

  for (const colorScheme of ["light", "dark"] as const) {
    it(`axe finds nothing on sign-in, Today, review (question and answer) and Settings (${colorScheme})`, async () => {
      const page = await b.newPage({ colorScheme });
      await page.goto("/sign-in");
      await hydrated(page);
      await expectNoViolations(page, "sign-in");
      await signUp(page, uniqueEmail(`axe-${colorScheme}`));
      await expectNoViolations(page, "today");
      await page.goto("/review");
      await hydrated(page);
      await expectNoViolations(page, "review question");
      await page.keyboard.type("An image is a read-only recipe, a container runs it");
      await page.keyboard.press("Control+Enter");
      await page.getByTestId("score").waitFor();
      await expectNoViolations(page, "review answer");
      await page.goto("/settings");
      await hydrated(page);
      await expectNoViolations(page, "settings");
    });
  }

  // Every other signed-in page a new user can open, so a page added later is held to the same bar.
  const PAGES = [
    "/lessons",
    "/lessons/01-containers-and-images",
    "/review/parked",
    "/interview",
    "/teams",
    "/stats",
    "/cards",
  ];
  for (const colorScheme of ["light", "dark"] as const) {
    it(`axe finds nothing on the other signed-in pages (${colorScheme})`, async () => {
      const page = await b.newPage({ colorScheme });
      await signUp(page, uniqueEmail(`axe-pages-${colorScheme}`));
      for (const path of PAGES) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        await hydrated(page);
        await expectNoViolations(page, path);
      }
    });
  }

  it("the phone nav shows every item whole at 390 px, marks the current one and reaches Settings", async () => {
    const page = await b.newPage(PHONE);
    await signUp(page, uniqueEmail("phone"));
    await page.goto("/review");
    await hydrated(page);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Today" }).getAttribute("aria-current")).toBe("page");
    const settings = nav.getByRole("link", { name: "Settings" });
    const box = (await settings.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // The whole label is visible, not cut to "S".
    expect(await settings.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.getByTestId("current-user-phone").isVisible()).toBe(true);
    await settings.tap();
    await page.waitForURL("**/settings");
    expect(
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Settings" })
        .getAttribute("aria-current"),
    ).toBe("page");
  });

  it("a skip link leads to the content; after a failed sign-up focus is on the field to fix; settings keep what was typed", async () => {
    const page = await b.newPage();
    await page.goto("/sign-up");
    await hydrated(page);
    await page.getByLabel("Name").fill("Ada");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-invalid") === "true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("email");

    await signUp(page, uniqueEmail("skip"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");

    await page.goto("/settings");
    await hydrated(page);
    await page.getByLabel("New cards per day").fill("-3");
    await page.getByLabel("Learning steps", { exact: true }).fill("1m 15m");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Enter a whole number of new cards from 0 to 9999.").waitFor();
    expect(await page.getByLabel("New cards per day").inputValue()).toBe("-3");
    expect(await page.getByLabel("Learning steps", { exact: true }).inputValue()).toBe("1m 15m");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("newPerDay");
    expect(await page.locator("select#timezone option").count()).toBeGreaterThan(300);
  });

  it("serves a favicon", async () => {
    const page = await b.newPage();
    const r = await page.request.get("/favicon.ico");
    expect(r.status()).toBe(200);
    expect(r.headers()["content-type"]).toMatch(/icon/);
  });
});
