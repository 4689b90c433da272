import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { normalizeQuestion, questionKey } from "@/lib/content/question-key";

describe("questionKey", () => {
  const slug = "01-containers-and-images";
  const key = questionKey(slug, "Why are tags weaker identities than image digests?");

  it("is the slug plus 16 hex of sha256 of the normalised text", () => {
    const hex = createHash("sha256").update("why are tags weaker identities than image digests").digest("hex").slice(0, 16);
    expect(key).toBe(`${slug}:${hex}`);
  });

  it("ignores case, spacing, curly vs straight quotes, full-width forms and trailing punctuation", () => {
    expect(normalizeQuestion("  Why  “tags”\tand ‘digests’?! ")).toBe(`why "tags" and 'digests'`);
    expect(normalizeQuestion("Ｗhy ﬁles?")).toBe("why files");
    for (const variant of ["why are tags weaker identities than image digests", "Why are tags  weaker identities than image digests ?", "WHY ARE TAGS WEAKER IDENTITIES THAN IMAGE DIGESTS…"]) {
      expect(questionKey(slug, variant)).toBe(key);
    }
  });

  it("changes when the question is reworded or moves to another chapter", () => {
    expect(questionKey(slug, "Why are tags weaker identifiers than image digests?")).not.toBe(key);
    expect(questionKey("02-pods-services-ingress", "Why are tags weaker identities than image digests?")).not.toBe(key);
    // Inner punctuation is part of the wording.
    expect(questionKey(slug, "Why are tags weaker identities than image-digests?")).not.toBe(key);
  });
});
