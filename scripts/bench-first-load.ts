// `npm run bench:first-load [-- --dist .next] [--path /sign-in --path /stats …] [--verbose]`:
// the JavaScript a first visit to each page downloads, as Chromium fetches it
// from `next start` (started through scripts/lib/start-app), gzipped. Pages behind
// sign-in are visited signed in (a session cookie with sid and sv, as next-auth
// issues it), as a user of a throwaway SQLite database with the course loaded.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { chromiumPath } from "@/tests/e2e/support/browser";
import { createDb } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import { createBenchDatabase, importCourse } from "./lib/bench-db";
import { formatTable } from "./lib/bench-table";
import { measureFirstLoad, sessionCookie } from "./lib/measure-first-load";
import { startApp, TEST_AUTH_SECRET } from "./lib/start-app";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: ".next" },
    path: { type: "string", multiple: true, default: ["/sign-in"] },
    verbose: { type: "boolean", default: false },
  },
});
if (!fs.existsSync(`${values.dist}/BUILD_ID`))
  throw new Error(`No build in ${values.dist}: run \`npm run build\` first.`);

const database = (await createBenchDatabase("sqlite", "first-load"))!;
try {
  const db = createDb(database.url);
  await importCourse(db);
  const user = await createUser(db, {
    name: "First load",
    email: "first-load@example.com",
    password: "first load password",
    timezone: "UTC",
  });
  await db.$disconnect();
  const app = await startApp({
    distDir: values.dist,
    env: { DATABASE_URL: database.url, AUTH_SECRET: TEST_AUTH_SECRET },
  });
  try {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    try {
      const cookie = await sessionCookie(user.id, TEST_AUTH_SECRET);
      const kb = (n: number) => (n / 1024).toFixed(1);
      const rows: string[][] = [];
      for (const path of values.path) {
        // The auth pages send the signed-in elsewhere: visit them signed out.
        const r = await measureFirstLoad(browser, app.baseUrl, path, /^\/sign-(in|up)/.test(path) ? [] : [cookie]);
        if (values.verbose)
          for (const s of r.scripts.sort((a, b) => b.gzip - a.gzip))
            console.log(`${kb(s.gzip).padStart(7)} kB gz  ${kb(s.raw).padStart(7)} kB  ${s.url}`);
        rows.push([path, kb(r.gzip), kb(r.raw), String(r.files)]);
      }
      console.log(`\nFirst-load JavaScript (${values.dist}), as Chromium fetches it, gzipped\n`);
      console.log(formatTable(["page", "kB gzip", "kB raw", "files"], rows));
    } finally {
      await browser.close();
    }
  } finally {
    await app.stop();
  }
} finally {
  await database.drop();
}
