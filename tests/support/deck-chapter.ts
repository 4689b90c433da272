// A small chapter in the course's markdown form, for deck upload tests.
export function deckChapter(
  n: number,
  opts: { recall?: string[]; pairs?: { q: string; a: string; wrong?: string }[]; title?: string } = {},
) {
  const recall = opts.recall ?? [`What does chapter ${n} teach?`];
  const pairs = opts.pairs ?? [
    { q: `Why does chapter ${n} matter?`, a: `Because chapter ${n} explains the harbour.`, wrong: "It does not." },
  ];
  return (
    [
      `# ${String(n).padStart(2, "0")}. ${opts.title ?? `Chapter ${n}`} — A tagline`,
      "⏱️ Estimated time: 5 min | Level: beginner",
      "**ELI5 callback:** A harbour.",
      "## The idea",
      `Chapter ${n} teaches the harbour. The harbour holds ships and cranes.`,
      "## Pause and recall",
      recall.map((r) => `- ${r}\n  Answer: The answer to ${r.toLowerCase()}`).join("\n"),
      "## Interview Q&A",
      ...pairs.flatMap((p) => [
        `**Q:** ${p.q}`,
        `**A:** ${p.a}`,
        ...(p.wrong ? [`*Common wrong answer to avoid:* “${p.wrong}”`] : []),
      ]),
    ].join("\n\n") + "\n"
  );
}
