import path from "node:path";
import { describe, expect, it } from "vitest";
import { datasetsDir } from "@/scripts/lib/datasets-dir";

describe("dataset paths", () => {
  it("come from DECKHAND_DATASETS when it is set, else from shared/datasets beside the checkout", () => {
    expect(datasetsDir({ DECKHAND_DATASETS: "/data/sets" })).toBe("/data/sets");
    expect(datasetsDir({}, "/nowhere/at-all/deckhand")).toBe(path.join("/nowhere/at-all", "shared", "datasets"));
  });
});
