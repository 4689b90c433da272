import { describe, expect, it } from "vitest";
import { throttleDelayMs } from "@/lib/auth/throttle-delay";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { isCrossOriginAction } from "@/lib/http/is-cross-origin-action";

describe("throttleDelayMs", () => {
  it("is free for the first attempts, then doubles from one second up to the cap", () => {
    const delays = Array.from({ length: 9 }, (_, i) => throttleDelayMs(i + 1, 5, 60_000));
    expect(delays).toEqual([0, 0, 0, 0, 1000, 2000, 4000, 8000, 16000]);
    expect(throttleDelayMs(40, 5, 60_000)).toBe(60_000);
    expect(throttleDelayMs(1e9, 5, 60_000)).toBe(60_000);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce, forbids framing, and adds dev and HTTPS parts only when asked", () => {
    const csp = contentSecurityPolicy("abc123==", { dev: false, https: false, github: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    const dev = contentSecurityPolicy("n", { dev: true, https: true, github: true });
    expect(dev).toContain("'unsafe-eval'");
    expect(dev).toContain("upgrade-insecure-requests");
    expect(dev).toContain("form-action 'self' https://github.com");
  });

  it("makes a new 128-bit nonce each time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});

describe("isCrossOriginAction", () => {
  const action = (headers: Record<string, string>) =>
    new Headers({ "next-action": "abc", host: "deckhand.example", ...headers });
  it("flags a server action posted from another origin", () => {
    expect(isCrossOriginAction("POST", action({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossOriginAction("POST", action({ origin: "null" }))).toBe(true);
  });
  it("lets same-origin actions, other requests and origin-less clients through", () => {
    expect(isCrossOriginAction("POST", action({ origin: "https://deckhand.example" }))).toBe(false);
    expect(isCrossOriginAction("POST", action({}))).toBe(false);
    expect(isCrossOriginAction("GET", action({ origin: "https://evil.example" }))).toBe(false);
    expect(isCrossOriginAction("POST", new Headers({ origin: "https://evil.example", host: "deckhand.example" }))).toBe(
      false,
    );
  });
});
