// First-load JavaScript of one page as Chromium fetches it, gzipped: every
// script response of a cold visit (empty cache), optionally signed in.
import zlib from "node:zlib";
import type { Browser } from "playwright-core";

export type TFirstLoad = {
  path: string;
  files: number;
  raw: number;
  gzip: number;
  scripts: { url: string; raw: number; gzip: number }[];
};
export type TCookie = { name: string; value: string };

export async function measureFirstLoad(
  browser: Browser,
  baseUrl: string,
  path: string,
  cookies: TCookie[] = [],
): Promise<TFirstLoad> {
  const context = await browser.newContext();
  if (cookies.length) await context.addCookies(cookies.map((c) => ({ ...c, url: baseUrl })));
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const scripts: TFirstLoad["scripts"] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() !== "script") return;
    pending.push(
      r.body().then(
        (body) => {
          scripts.push({ url: new URL(r.url()).pathname, raw: body.length, gzip: zlib.gzipSync(body).length });
        },
        () => {},
      ),
    );
  });
  const res = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  await Promise.all(pending);
  const landed = new URL(page.url()).pathname;
  await context.close();
  if (landed !== path.split("?")[0])
    throw new Error(`${path} redirected to ${landed} (status ${res?.status()}): not signed in?`);
  return {
    path,
    files: scripts.length,
    raw: scripts.reduce((t, s) => t + s.raw, 0),
    gzip: scripts.reduce((t, s) => t + s.gzip, 0),
    scripts,
  };
}

/** A session cookie next-auth accepts (a fresh session id, session version 0), for a user id, signed with the server's AUTH_SECRET. */
export async function sessionCookie(userId: string, secret: string): Promise<TCookie> {
  const { encode } = await import("next-auth/jwt");
  const name = "authjs.session-token";
  return { name, value: await encode({ token: { sub: userId, sv: 0, sid: crypto.randomUUID() }, secret, salt: name }) };
}
