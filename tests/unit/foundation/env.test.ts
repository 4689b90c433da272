import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const secret = "x".repeat(32);

describe("environment validation", () => {
  it("names a missing AUTH_SECRET", () => {
    expect(() => parseEnv({})).toThrow(/AUTH_SECRET/);
  });

  it("names a malformed DATABASE_URL", () => {
    expect(() => parseEnv({ AUTH_SECRET: secret, DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });

  it("defaults to the embedded SQLite file and sane sign-in limits", () => {
    const e = parseEnv({ AUTH_SECRET: secret });
    expect(e.DATABASE_URL).toBe("file:./.data/deckhand.db");
    expect([e.SIGNIN_MAX_PER_EMAIL, e.SIGNIN_MAX_PER_IP, e.SIGNIN_WINDOW_MINUTES]).toEqual([5, 20, 15]);
  });

  it("accepts PostgreSQL URLs", () => {
    expect(parseEnv({ AUTH_SECRET: secret, DATABASE_URL: "postgresql://u@h:5432/d" }).DATABASE_URL).toMatch(
      /^postgresql/,
    );
  });
});
