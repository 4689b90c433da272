import { ABBREVIATIONS } from "./lexicon";

// A Map, not the object literal: "constructor" is an answer word too.
const table = new Map(Object.entries(ABBREVIATIONS).map(([k, v]) => [k, v.split(" ")]));

/** Words an abbreviation stands for, tolerating a plural "s" ("PVCs"); undefined if not one. */
export function expandAbbreviation(lower: string): string[] | undefined {
  return table.get(lower) ?? (lower.length > 2 && lower.endsWith("s") ? table.get(lower.slice(0, -1)) : undefined);
}
