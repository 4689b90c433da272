import { describe, expect, it } from "vitest";
import { realignDiagram } from "@/lib/content/realign-diagram";

// The seed's "build flow", as its rendered form keeps it: one space between tokens.
const COLLAPSED = [
  "┌────────────┐ ┌────────────┐ ┌────────────┐",
  "│ source │ -> │ image │ -> │ runtime │",
  "└─────┬──────┘ └─────┬──────┘ └─────┬──────┘",
  "│ │ │",
  "v v v",
  "repeatable | portable | fast start",
].join("\n");

const columnsOf = (line: string, ch: string) => [...line].flatMap((c, i) => (c === ch ? [i] : []));

describe("realignDiagram", () => {
  it("puts the labels inside their boxes and the stems under each ┬", () => {
    const lines = realignDiagram(COLLAPSED).split("\n");
    const corners = [...columnsOf(lines[0]!, "┌"), ...columnsOf(lines[0]!, "┐")].sort((a, b) => a - b);
    expect(columnsOf(lines[1]!, "│")).toEqual(corners);
    expect(lines[1]).toContain("│   source   │ -> │   image    │");
    const stems = columnsOf(lines[2]!, "┬");
    expect(stems).toHaveLength(3);
    expect(columnsOf(lines[3]!, "│")).toEqual(stems);
    expect(columnsOf(lines[4]!, "v")).toEqual(stems);
    expect(lines[5]!.indexOf("portable")).toBeGreaterThan(corners[2]!);
    expect(lines[5]!.indexOf("portable")).toBeLessThan(corners[3]!);
  });

  it("keeps every word and is stable when applied twice", () => {
    const once = realignDiagram(COLLAPSED);
    expect(once.split(/\s+/).filter(Boolean)).toEqual(COLLAPSED.split(/\s+/).filter(Boolean));
    expect(realignDiagram(once)).toBe(once);
  });

  it("leaves drawings it does not understand, or that are already aligned, as they are", () => {
    const aligned = "┌───┐    ┌───┐\n│ a │ -> │ b │\n└─┬─┘    └─┬─┘";
    expect(realignDiagram(aligned)).toBe(aligned);
    expect(realignDiagram("a -> b\nc | d")).toBe("a -> b\nc | d");
    const uneven = "┌──┐ ┌────┐\n│ a │ b │\n└──┘ └────┘";
    expect(realignDiagram(uneven)).toBe(uneven);
  });
});
