// The security probe of issue #9, over real HTTP and in Chromium against
// `next start`: headers and CSP, secrets in every signed-in page, every server
// action without a session, ended sessions, spoofed addresses, body limits.
import http from "node:http";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { createDb, type TDb } from "@/lib/db/client";
import { describeBrowser, hydrated, signUp, uniqueEmail, useBrowser } from "./support/browser";
import { fillParams, pageRoutes, serverActions, type TServerAction } from "./support/build-manifests";

let db: TDb;
let baseUrl: string;
beforeAll(() => {
  db = createDb(inject("e2eDatabaseUrl"));
  baseUrl = inject("baseUrl");
});
afterAll(async () => db?.$disconnect());

const PASSWORD = "correct horse battery";
const cookieHeader = async (ctx: BrowserContext) => (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });

/** An RSC request as the router makes it: Next redirects one without its `_rsc` cache key to the URL with it. */
async function getRsc(path: string, headers: Record<string, string>) {
  const res = await get(path, { ...headers, rsc: "1" });
  const to = res.headers.get("location");
  return res.status === 307 && to?.includes("_rsc")
    ? get(to.startsWith("http") ? new URL(to).pathname + new URL(to).search : to, { ...headers, rsc: "1" })
    : res;
}

/** Signs a new user up in a fresh context; returns the page, its cookie header and the user's row. */
async function newUser(b: ReturnType<typeof useBrowser>, tag: string, name = `Sailor ${tag}`) {
  const page = await b.newPage();
  const email = uniqueEmail(tag);
  await signUp(page, email, name, PASSWORD);
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true } });
  return { page, email, user, cookie: await cookieHeader(page.context()) };
}

/** Collects CSP violations the page reports (the event fires before the console message). */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

// Sign-in and sign-up are public by design; signing out with no session does nothing;
// the GitHub button's inline action only starts the OAuth redirect.
const PUBLIC_ACTIONS = new Set(["signInAction", "signUpAction", "signOutAction"]);
const isPublic = (a: TServerAction) => PUBLIC_ACTIONS.has(a.name) || a.file.endsWith("sign-in/github-button.tsx");

/** POSTs to an action id the way React does for a call with no arguments. */
async function callAction(a: TServerAction, cookie?: string) {
  const page = a.pages.find((p) => !p.includes("[")) ?? a.pages[0]!;
  const res = await fetch(`${baseUrl}${fillParams(page, {})}`, {
    method: "POST",
    redirect: "manual",
    body: "[]",
    headers: {
      "next-action": a.id,
      "content-type": "text/plain;charset=UTF-8",
      origin: baseUrl,
      accept: "text/x-component",
      ...(cookie ? { cookie } : {}),
    },
  });
  return {
    status: res.status,
    redirect: res.headers.get("x-action-redirect") ?? res.headers.get("location") ?? "",
    text: await res.text(),
  };
}

const refused = (r: Awaited<ReturnType<typeof callAction>>) =>
  [401, 403, 404].includes(r.status) ||
  (r.status >= 300 && r.status < 400) ||
  r.redirect.includes("/sign-in") ||
  r.text.includes('"code":"unauthorized"');

/** A raw HTTP request whose body we control byte by byte; resolves on the response, whatever was sent. */
function rawRequest(path: string, headers: Record<string, string>, send: (req: http.ClientRequest) => void) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${baseUrl}${path}`, { method: "POST", headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body });
        req.destroy();
      });
    });
    req.on("error", (e) =>
      e.message.includes("socket hang up") || (e as { code?: string }).code === "EPIPE" ? undefined : reject(e),
    );
    send(req);
  });
}

describeBrowser("security", () => {
  const b = useBrowser();

  it("sends security headers and a fresh nonce-based CSP on a page, and static ones on an API route", async () => {
    const [one, two] = [await get("/sign-in"), await get("/sign-in")];
    const csp = one.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(two.headers.get("content-security-policy")).not.toContain(nonce);
    const html = await one.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
    const api = await get("/api/health");
    for (const res of [one, api]) {
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      expect(res.headers.get("strict-transport-security")).toBeNull(); // plain HTTP here
    }
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    // Behind an HTTPS proxy, HSTS is sent.
    expect(
      (await get("/api/health", { "x-forwarded-proto": "https" })).headers.get("strict-transport-security"),
    ).toContain("max-age=");
  });

  it("works in Chromium under the CSP: hydration, forms, every signed-in page, no violation", async () => {
    const page = await b.newPage();
    const violations = await watchCsp(page);
    await signUp(page, uniqueEmail("csp"), "CSP Sailor", PASSWORD); // a useActionState form: needs hydrated scripts
    const lesson = await db.lesson.findFirst({ where: { retired: false }, select: { slug: true } });
    for (const r of pageRoutes().filter((r) => !["/sign-in", "/sign-up", "/"].includes(r.path))) {
      await page.goto(fillParams(r.path, { slug: lesson?.slug ?? "x" }));
      await hydrated(page);
    }
    await page.goto("/settings");
    await hydrated(page);
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("New password again").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.waitForURL("**/settings?security=password-changed");
    await page.getByText("Password changed.").waitFor();
    // This browser stays signed in with the new session.
    await page.goto("/today");
    expect(new URL(page.url()).pathname).toBe("/today");
    expect(violations).toEqual([]);
  });

  it("no signed-in page's HTML or RSC payload carries a password hash or another user's data", async () => {
    const other = await newUser(b, "victim", "Victim Vera Quux");
    const otherCards = await db.card.findMany({ where: { userId: other.user.id }, select: { id: true }, take: 3 });
    const me = await newUser(b, "looker");
    const lesson = await db.lesson.findFirst({ where: { retired: false }, select: { slug: true } });
    const forbidden = [
      "$argon2id$",
      other.user.id,
      other.user.email,
      other.user.name,
      ...otherCards.map((c) => c.id),
      "e2e-secret-0123456789abcdef",
    ];
    const routes = pageRoutes().filter((r) => !["/sign-in", "/sign-up"].includes(r.path));
    expect(routes.length).toBeGreaterThan(5);
    for (const r of routes) {
      const path = fillParams(r.path, { slug: lesson?.slug ?? "x" });
      for (const rsc of [false, true]) {
        const res = rsc ? await getRsc(path, { cookie: me.cookie }) : await get(path, { cookie: me.cookie });
        if (r.path !== "/") expect([200, 404], `${path} (rsc: ${rsc}) answered ${res.status}`).toContain(res.status);
        const body = await res.text();
        for (const secret of forbidden)
          expect(body.includes(secret), `${path} (rsc: ${rsc}) contains ${secret}`).toBe(false);
      }
    }
    // The walk did read real pages: my own name is there.
    expect(await (await get("/today", { cookie: me.cookie })).text()).toContain(me.user.name);
  });

  it("every server action refuses a caller with no session, and one whose session has ended", async () => {
    const actions = serverActions().filter((a) => !isPublic(a));
    expect(actions.length).toBeGreaterThan(5);
    const ended = await newUser(b, "ended");
    await db.user.update({ where: { id: ended.user.id }, data: { sessionVersion: { increment: 1 } } });
    for (const cookie of [undefined, ended.cookie]) {
      for (const a of actions) {
        const r = await callAction(a, cookie);
        expect(
          refused(r),
          `${a.name} (${a.file}) ${cookie ? "ended session" : "no session"}: ${r.status} ${r.text.slice(0, 200)}`,
        ).toBe(true);
      }
    }
  });

  it("answers a cross-origin server action with 403", async () => {
    const a = serverActions().find((x) => x.name === "signInAction")!;
    const res = await fetch(`${baseUrl}/sign-in`, {
      method: "POST",
      body: "[]",
      redirect: "manual",
      headers: { "next-action": a.id, "content-type": "text/plain;charset=UTF-8", origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
  });

  it("signing out ends the cookie itself; sign out everywhere ends every other session", async () => {
    const a = await newUser(b, "signout");
    // A visit renews the session for another 24 hours (and no more).
    const renewed = (await get("/today", { cookie: a.cookie })).headers
      .getSetCookie()
      .find((c) => c.startsWith("authjs.session-token="));
    const expires = Date.parse(/Expires=([^;]+)/i.exec(renewed ?? "")?.[1] ?? "");
    expect(expires - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect(expires - Date.now()).toBeLessThan(25 * 3600_000);
    await a.page.getByRole("button", { name: "Sign out" }).first().click();
    await a.page.waitForURL("**/sign-in**");
    // The copied cookie no longer opens anything.
    expect((await get("/today", { cookie: a.cookie })).status).toBe(307);
    expect((await get("/api/queue", { cookie: a.cookie })).status).toBe(401);

    const first = await newUser(b, "everywhere");
    const second = await b.newPage();
    await second.goto("/sign-in");
    await hydrated(second);
    await second.getByLabel("Email").fill(first.email);
    await second.getByLabel("Password").fill(PASSWORD);
    await second.getByRole("button", { name: "Sign in" }).click();
    await second.waitForURL("**/today");
    expect((await get("/api/queue", { cookie: first.cookie })).status).toBe(200);
    await second.goto("/settings");
    await hydrated(second);
    await second.getByRole("button", { name: "Sign out everywhere" }).click();
    await second.waitForURL("**/sign-in**");
    expect((await get("/api/queue", { cookie: first.cookie })).status).toBe(401);
    await first.page.goto("/today");
    await first.page.waitForURL("**/sign-in**");
  });

  it("does not reset the per-address delay for a client that claims other addresses", async () => {
    const page = await b.newPage();
    await page.goto("/sign-in");
    await hydrated(page);
    const email = uniqueEmail("spoof");
    const messages: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.setExtraHTTPHeaders({
        "x-forwarded-for": `203.0.113.${i + 1}`,
        "x-real-ip": `198.51.100.${i}`,
        "x-deckhand-peer": `192.0.2.${i}`,
      });
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`wrong password ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      const alert = page.getByRole("alert").filter({ hasText: /Wrong email|Too many/ });
      await alert.waitFor();
      messages.push((await alert.textContent()) ?? "");
      await page.goto("/sign-in");
      await hydrated(page);
    }
    expect(messages.slice(0, 5).every((m) => m.includes("Wrong email or password."))).toBe(true);
    // Six addresses claimed, one counted: the socket's.
    const rows = await db.rateLimit.findMany({
      where: { key: { startsWith: "signin:pair:", endsWith: `|${email}` } },
      select: { key: true, count: true },
    });
    expect(rows.map((r) => r.key)).toEqual([`signin:pair:127.0.0.1|${email}`]);
    expect(rows[0]!.count).toBeGreaterThanOrEqual(5); // the sixth may have been told to wait, uncounted
  });

  it("refuses API bodies over 64 KB without reading them, and non-JSON bodies with cookie auth", async () => {
    const { cookie } = await newUser(b, "bodies");
    const headers = { cookie, "content-type": "application/json" };
    // Declared 100 MB, 1 KB sent: the answer comes without the rest (a server reading it would never answer).
    const declared = await rawRequest(
      "/api/reviews",
      { ...headers, "content-length": String(100 * 1024 * 1024) },
      (req) => req.write("x".repeat(1024)),
    );
    expect(declared.status).toBe(413);
    // Chunked, no length: cut off past 64 KB while the client is still sending.
    const chunked = await rawRequest("/api/reviews", { ...headers, "transfer-encoding": "chunked" }, (req) => {
      for (let i = 0; i < 80; i++) req.write("[".repeat(1024));
    });
    expect(chunked.status).toBe(413);
    const text = await fetch(`${baseUrl}/api/reviews`, {
      method: "POST",
      headers: { cookie, "content-type": "text/plain" },
      body: JSON.stringify({ cardId: "x", rating: 3, idempotencyKey: "abcdefgh12" }),
    });
    expect(text.status).toBe(415);
    expect(((await text.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
  });
});
