import { describe, expect, it } from "vitest";
import { count, plural } from "@/lib/ui/plural";

describe("count + noun", () => {
  it("uses the singular for exactly one, the plural otherwise", () => {
    expect(count(1, "second")).toBe("1 second");
    expect(count(0, "day")).toBe("0 days");
    expect(count(2, "finished interview")).toBe("2 finished interviews");
    expect(count(1200, "card")).toBe("1,200 cards");
    expect(count(1, "category", "categories")).toBe("1 category");
    expect(count(3, "category", "categories")).toBe("3 categories");
    expect(plural(1, "day")).toBe("day");
  });
});
