// Shared fixtures for the content tests: the seed chapter exactly as its
// author wrote it, and the same chapter as markdown source.
import fs from "node:fs";
import path from "node:path";

export const FIXTURES = path.join(import.meta.dirname, "../../fixtures/content");
export const SEED_FILE = "content/01-containers-and-images.txt";
export const seedBytes = () => fs.readFileSync(path.join(FIXTURES, "01-containers-and-images.txt"));
export const seedText = () => seedBytes().toString("utf8");
export const seedMarkdown = () => fs.readFileSync(path.join(FIXTURES, "01-containers-and-images.md"), "utf8");

/** Drops `file` and every `line`: what legitimately differs between two files of one chapter. */
export function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === "line" || k === "file" ? undefined : v)));
}

/** A minimal valid rendered chapter, for error tests to break one thing at a time. */
export const MINI_RENDERED = [
  "07. Tiny Chapter — Small but whole¶",
  "⏱️ Estimated time: 5 min | Level: beginner",
  "ELI5 callback: A tiny port with one crane.",
  "Cranes lift cargo¶",
  "A crane lifts heavy cargo from the ship onto the dock. Cranes need trained operators. See.",
  "Pause and recall¶",
  "- What does a crane lift?",
  "- Who operates a crane?",
  "- Where does the cargo go?",
  "Interview Q&A¶",
  "Q: Why use a crane? A: Because cargo is heavy. Common wrong answer to avoid: “Cranes are decoration.”",
  "Apply now (2 min)¶",
  "Watch a crane.",
  "Bridge. Next we sail. → 08 → 08-sailing.md",
];
