// `npm run bench:first-load [-- --dist .next]`: the JavaScript a first visit
// to /sign-in downloads, as Chromium fetches it from `next start`, gzipped.
import zlib from "node:zlib";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { chromiumPath } from "@/tests/e2e/support/browser";
import { startApp } from "./lib/start-app";

const { values } = parseArgs({ options: { dist: { type: "string", default: ".next" }, path: { type: "string", default: "/sign-in" } } });

const app = await startApp({ distDir: values.dist, readyPath: values.path });
try {
  const base = app.baseUrl;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  const page = await browser.newPage();
  const scripts: { url: string; raw: number; gzip: number }[] = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() !== "script") return;
    const body = await r.body();
    scripts.push({ url: new URL(r.url()).pathname, raw: body.length, gzip: zlib.gzipSync(body).length });
  });
  await page.goto(`${base}${values.path}`, { waitUntil: "networkidle" });
  await browser.close();
  const kb = (n: number) => (n / 1024).toFixed(1);
  for (const s of scripts.sort((a, b) => b.gzip - a.gzip)) console.log(`${kb(s.gzip).padStart(7)} kB gz  ${kb(s.raw).padStart(7)} kB  ${s.url}`);
  const sum = (k: "raw" | "gzip") => scripts.reduce((t, s) => t + s[k], 0);
  console.log(`\nfirst-load JS of ${values.path}: ${kb(sum("gzip"))} kB gzip (${kb(sum("raw"))} kB raw, ${scripts.length} files)`);
} finally {
  await app.stop();
}
