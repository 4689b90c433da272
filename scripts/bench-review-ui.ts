// `npm run bench:review-ui [-- --base <checkout>] [--runs 20]`: the review
// screen in headless Chromium against `next start` (production build, fresh
// SQLite, the course loaded). Prints, per build:
//   reveal     key press (Ctrl/⌘+Enter) → answer panel in the DOM
//   next card  rating key → the next card in the DOM
// (median and p90 of `runs`, timed inside the page from the keydown event),
// axe-core violations (WCAG 2 A/AA) on sign-in, Today, review question,
// review answer and Settings in light and dark, and passage-choice accuracy
// on the labelled recall set. `--base` measures an older checkout too (built
// into its own .next-bench), e.g. a `git worktree` of main.
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumPath } from "@/tests/e2e/support/browser";
import { runAxe } from "@/tests/e2e/support/axe";
import { createDb } from "@/lib/db/client";
import { createBenchDatabase, importCourse } from "./lib/bench-db";
import { freePort } from "./lib/bench-server";
import { fmt, formatTable, percentile } from "./lib/bench-table";
import { evaluatePassages, readLabels } from "./lib/evaluate-passages";

const { values } = parseArgs({ options: { base: { type: "string" }, runs: { type: "string", default: "20" } } });
const RUNS = Number(values.runs);
const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = ".next-bench";
const SECRET = "bench-secret-0123456789abcdef0123456789abcdef";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function build(cwd: string) {
  console.error(`building ${cwd} into ${DIST} …`);
  const keep = ["tsconfig.json", "next-env.d.ts"]
    .map((f) => path.join(cwd, f))
    .filter((f) => fs.existsSync(f))
    .map((f) => [f, fs.readFileSync(f)] as const);
  const r = spawnSync(process.execPath, [path.join(cwd, "node_modules/next/dist/bin/next"), "build"], {
    cwd,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: SECRET },
  });
  for (const [file, bytes] of keep) if (!fs.readFileSync(file).equals(bytes)) fs.writeFileSync(file, bytes);
  if (r.status !== 0) throw new Error(`next build failed in ${cwd}`);
}

async function serve(cwd: string, databaseUrl: string) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(cwd, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd,
      stdio: "ignore",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXT_DIST_DIR: DIST,
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: SECRET,
      },
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${baseUrl}/sign-in`, { redirect: "manual" })).status < 500) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseUrl, stop: () => child.kill("SIGTERM") };
}

async function signUp(page: Page, email: string) {
  await page.goto("/sign-up");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Name").fill("Bench Sailor");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("bench password 0123");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/today");
}

/** ms from the next keydown to the first DOM change that makes `done` true, timed in the page. */
async function timeKey(page: Page, key: string, done: string, arg: string | null) {
  await page.evaluate(
    ([doneSrc, a]) => {
      const w = window as unknown as { __t?: Promise<number> };
      const test = new Function("a", `return (${doneSrc})(a)`) as (a: unknown) => boolean;
      w.__t = new Promise((resolve) => {
        let t0 = 0;
        window.addEventListener(
          "keydown",
          () => {
            t0 = performance.now();
          },
          { once: true, capture: true },
        );
        const obs = new MutationObserver(() => {
          if (t0 && test(a)) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
    },
    [done, arg] as const,
  );
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __t: Promise<number> }).__t);
}

const REVEALED = "() => !!document.querySelector('[data-testid=reveal]')";
const CARD_CHANGED =
  "(prev) => { const c = document.querySelector('[data-testid=review-card]'); return !c || c.getAttribute('data-card-id') !== prev; }";

async function measureLatency(browser: Browser, baseUrl: string, dbUrl: string) {
  const page = await (await browser.newContext({ baseURL: baseUrl })).newPage();
  const email = `bench-ui-${process.pid}-${Date.now()}@example.com`;
  await signUp(page, email);
  // Enough new cards for every run, whatever the daily limit.
  const db = createDb(dbUrl);
  await db.user.update({ where: { email }, data: { newPerDay: 1000 } });
  await page.goto("/review");
  await page.waitForLoadState("networkidle");
  const reveal: number[] = [];
  const next: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.getByTestId("review-card").waitFor();
    const id = await page.getByTestId("review-card").getAttribute("data-card-id");
    await page.locator("#answer").fill("containers share the kernel; images are layers");
    // The older screen reveals on Enter in the box; this one on Ctrl/⌘+Enter (Enter is a new line).
    const key = values.base && !(await page.locator("#answer[aria-keyshortcuts]").count()) ? "Enter" : "Control+Enter";
    await page.locator("#answer").focus();
    reveal.push(await timeKey(page, key, REVEALED, null));
    await page.locator("[data-testid=reveal]").waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    next.push(await timeKey(page, "3", CARD_CHANGED, id));
  }
  await page.context().close();
  return { reveal, next };
}

async function countAxe(browser: Browser, baseUrl: string) {
  const out: Record<string, number> = {};
  for (const colorScheme of ["light", "dark"] as const) {
    const page = await (await browser.newContext({ baseURL: baseUrl, colorScheme })).newPage();
    const tally = async (where: string) => {
      const v = await runAxe(page);
      out[`${where} (${colorScheme})`] = v.reduce((n, x) => n + x.targets.length, 0);
    };
    await page.goto("/sign-in");
    await page.waitForLoadState("networkidle");
    await tally("sign-in");
    await signUp(page, `bench-axe-${colorScheme}-${process.pid}-${Date.now()}@example.com`);
    await tally("today");
    await page.goto("/review");
    await page.waitForLoadState("networkidle");
    await tally("review question");
    await page.locator("#answer").fill("An image is a read-only recipe");
    await page.locator("#answer").focus();
    await page.keyboard.press((await page.locator("#answer[aria-keyshortcuts]").count()) ? "Control+Enter" : "Enter");
    await page.locator("[data-testid=reveal]").waitFor();
    await tally("review answer");
    await page.goto("/settings");
    await page.waitForLoadState("networkidle");
    await tally("settings");
    await page.context().close();
  }
  return out;
}

async function measure(label: string, cwd: string, browser: Browser) {
  if (!fs.existsSync(path.join(cwd, DIST, "BUILD_ID"))) build(cwd);
  const db = (await createBenchDatabase("sqlite", "reviewui"))!;
  await importCourse(createDb(db.url));
  const server = await serve(cwd, db.url);
  try {
    const latency = await measureLatency(browser, server.baseUrl, db.url);
    const axe = await countAxe(browser, server.baseUrl);
    return { label, latency, axe };
  } finally {
    server.stop();
    await db.drop();
  }
}

// The build must match the sources: always rebuild this checkout.
build(ROOT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS });
const runs: Awaited<ReturnType<typeof measure>>[] = [];
try {
  if (values.base) runs.push(await measure("base", path.resolve(values.base), browser));
  runs.push(await measure("this", ROOT, browser));
} finally {
  await browser.close();
}

console.log(
  `\nReview screen latency in Chromium, ${RUNS} cards each, ms (timed in the page from keydown to the DOM change)`,
);
console.log(
  formatTable(
    ["build", "reveal p50", "reveal p90", "next card p50", "next card p90"],
    runs.map((r) => [
      r.label,
      fmt(percentile(r.latency.reveal, 50)),
      fmt(percentile(r.latency.reveal, 90)),
      fmt(percentile(r.latency.next, 50)),
      fmt(percentile(r.latency.next, 90)),
    ]),
  ),
);
console.log("\naxe-core violations (WCAG 2 A/AA; elements affected)");
const pages = Object.keys(runs[runs.length - 1]!.axe);
console.log(
  formatTable(
    ["page", ...runs.map((r) => r.label)],
    [
      ...pages.map((p) => [p, ...runs.map((r) => String(r.axe[p] ?? "–"))]),
      ["total", ...runs.map((r) => String(Object.values(r.axe).reduce((a, b) => a + b, 0)))],
    ],
  ),
);

const labels = readLabels(path.join(ROOT, "tests/fixtures/recall-passages.jsonl"));
const rows: string[][] = [];
const chapters = path.join(ROOT, "tests/fixtures/recall-chapters");
if (values.base) {
  const { createPassageFinder } = await import(
    path.join(path.resolve(values.base), "lib/content/find-answer-passage.ts")
  );
  const r = evaluatePassages(chapters, labels, createPassageFinder);
  rows.push(["base", `${r.results.filter((x) => x.right).length}/${r.results.length}`, `${fmt(r.accuracy * 100)}%`]);
}
const mine = evaluatePassages(chapters, labels);
rows.push([
  "this",
  `${mine.results.filter((x) => x.right).length}/${mine.results.length}`,
  `${fmt(mine.accuracy * 100)}%`,
]);
console.log("\nPassage choice on the labelled recall set (tests/fixtures/recall-passages.jsonl)");
console.log(formatTable(["finder", "right", "accuracy"], rows));
