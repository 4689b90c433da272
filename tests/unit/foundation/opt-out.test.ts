import { describe, expect, it } from "vitest";
import { requirePart, skippedParts } from "../../support/opt-out";

describe("an honest suite", () => {
  it("skips a part only when it is named in DECKHAND_SKIP, and refuses unknown names", () => {
    expect(skippedParts({})).toEqual([]);
    expect(skippedParts({ DECKHAND_SKIP: "pg, E2E" })).toEqual(["pg", "e2e"]);
    expect(() => skippedParts({ DECKHAND_SKIP: "postgres" })).toThrow(/unknown part postgres/);
  });

  it("fails a part whose server or browser is missing, naming the opt-out", () => {
    expect(() => requirePart("pg", false, "PostgreSQL is not reachable.")).toThrow(/DECKHAND_SKIP=pg/);
    expect(() => requirePart("e2e", true, "unused")).not.toThrow();
  });
});
