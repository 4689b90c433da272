// A deck as course-format markdown (content/README.md): one chapter per live
// lesson, each opened by a file marker when there are several, so uploading
// the export gives back the same questions, answers and wrong answers.
import type { TDb } from "@/lib/db/client";
import type { TBlock, TSection } from "@/lib/content/types";
import { findDeckToStudy } from "./access";
import { authorSlug, fileMarker } from "./deck-chapters";

type TQuestion = {
  kind: string;
  prompt: string;
  modelAnswer: string;
  answerSource: string;
  wrongAnswer: string | null;
  authorExamples: string;
};
type TLesson = {
  slug: string;
  number: number;
  title: string;
  tagline: string;
  minutes: number;
  level: string;
  eli5: string;
  body: string;
  questions: TQuestion[];
};

export async function exportDeck(db: TDb, userId: string, deckId: string): Promise<{ name: string; markdown: string }> {
  const deck = await findDeckToStudy(db, userId, deckId);
  const lessons = await db.lesson.findMany({
    where: { deckId: deck.id, retired: false },
    orderBy: [{ number: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      number: true,
      title: true,
      tagline: true,
      minutes: true,
      level: true,
      eli5: true,
      body: true,
      questions: {
        where: { retired: false },
        orderBy: { position: "asc" },
        select: {
          kind: true,
          prompt: true,
          modelAnswer: true,
          answerSource: true,
          wrongAnswer: true,
          authorExamples: true,
        },
      },
    },
  });
  const chapters = lessons.map((l) => ({ file: `${authorSlug(deck.id, l.slug)}.md`, text: chapterMarkdown(l) }));
  const markdown =
    chapters.length === 1 ? chapters[0]!.text : chapters.map((c) => `${fileMarker(c.file)}\n${c.text}`).join("\n");
  return { name: deck.name, markdown };
}

// One paragraph per line of output: blank lines inside a text would split it.
const flat = (s: string) => s.replace(/\s*\n\s*/g, " ").trim();
const pad = (n: number) => String(n).padStart(2, "0");

export function chapterMarkdown(l: TLesson): string {
  const body = JSON.parse(l.body) as {
    intro?: TBlock[];
    sections?: TSection[];
    inTheWild?: string[];
    applyNow?: { minutes: number | null; text: string } | null;
  };
  const out: string[] = [`# ${pad(l.number)}. ${flat(l.title)}${l.tagline ? ` — ${flat(l.tagline)}` : ""}`];
  if (l.minutes > 0 && l.level) out.push(`⏱️ Estimated time: ${l.minutes} min | Level: ${l.level}`);
  if (l.eli5) out.push(`**ELI5 callback:** ${flat(l.eli5)}`);
  out.push(...(body.intro ?? []).map(blockMarkdown));
  for (const s of body.sections ?? []) out.push(`## ${s.heading}`, ...s.blocks.map(blockMarkdown));
  if (body.inTheWild?.length)
    out.push("## Where this lives in the wild", body.inTheWild.map((w) => `- ${flat(w)}`).join("\n"));
  if (body.applyNow)
    out.push(`## Apply now${body.applyNow.minutes ? ` (${body.applyNow.minutes} min)` : ""}`, flat(body.applyNow.text));
  const recall = l.questions.filter((q) => q.kind === "recall");
  if (recall.length) {
    out.push(
      "## Pause and recall",
      recall
        .map(
          (q) =>
            `- ${flat(q.prompt)}${q.modelAnswer && q.answerSource !== "none" ? `\n  Answer: ${flat(q.modelAnswer)}` : ""}`,
        )
        .join("\n"),
    );
  }
  const interview = l.questions.filter((q) => q.kind === "interview");
  if (interview.length) out.push("## Interview Q&A", ...interview.flatMap(pairMarkdown));
  return out.join("\n\n") + "\n";
}

function blockMarkdown(b: TBlock): string {
  if (b.kind === "paragraph") return b.text;
  if (b.kind === "list") return b.items.map((i) => `- ${flat(i)}`).join("\n");
  return `${b.caption ? `${b.caption}\n\n` : ""}\`\`\`\n${b.text}\n\`\`\``;
}

function pairMarkdown(q: TQuestion): string[] {
  const examples = JSON.parse(q.authorExamples) as { answer: string; grade: number }[];
  return [
    `**Q:** ${flat(q.prompt)}`,
    `**A:** ${flat(q.modelAnswer)}`,
    ...(q.wrongAnswer ? [`*Common wrong answer to avoid:* “${flat(q.wrongAnswer)}”`] : []),
    ...examples.map(
      (e) =>
        `${e.grade >= 2.5 ? "Accept" : "Reject"}${e.grade === 5 || e.grade === 0 ? "" : ` (${e.grade})`}: “${flat(e.answer)}”`,
    ),
  ];
}
