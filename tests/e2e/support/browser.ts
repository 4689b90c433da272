// Debian's Chromium driven by playwright-core (Playwright's own browser
// download cannot work offline).
import fs from "node:fs";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, inject } from "vitest";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
export const chromiumPath = () => CANDIDATES.find((p) => p && fs.existsSync(p));

// Without the networking flags Chromium floods the closed network with
// connections that are refused.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-sync",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-dev-shm-usage",
];

/** A missing Chromium fails the run in the global setup (tests/support/opt-out.ts), never skips here. */
export const describeBrowser = (name: string, fn: () => void) => describe(name, fn);

/** A browser for the file; each test opens its own context (fresh cookies). */
export function useBrowser() {
  const ctx = { browser: undefined as unknown as Browser, baseUrl: "" };
  beforeAll(async () => {
    ctx.baseUrl = inject("baseUrl");
    ctx.browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS });
  });
  afterAll(async () => ctx.browser?.close());
  return {
    get baseUrl() {
      return ctx.baseUrl;
    },
    /** `options`: a phone viewport, `colorScheme: "dark"`, … */
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, ...options });
      return context.newPage();
    },
  };
}

let counter = 0;
export const uniqueEmail = (tag: string) => `${tag}-${process.pid}-${Date.now()}-${counter++}@example.com`;

/** Forms submitted before React hydrates bypass useActionState; wait for it. */
export const hydrated = (page: Page) => page.waitForLoadState("networkidle");

export async function signUp(page: Page, email: string, name = "Test Sailor", password = "correct horse battery") {
  await page.goto("/sign-up");
  await hydrated(page);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/today");
}
