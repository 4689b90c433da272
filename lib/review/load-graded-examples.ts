// A question's graded examples for the scorer: the author's "Accept:" /
// "Reject:" lines, plus every review where someone typed an answer and then
// chose a rating after seeing the model answer (the rating is the label).
// Other users' answers are used inside the scorer only: this module's output
// goes to scoreForQuestion and nowhere else.
import type { TDb } from "@/lib/db/client";
import { LRUCache } from "lru-cache";
import { RATING_GRADE, ZGradedExample, type TGradedExample } from "@/lib/scoring/graded-example";
import { z } from "zod";

/** Newest reviews read per question; selectExamples keeps at most 4 per labeller and 40 in all. */
export const MAX_REVIEW_ROWS = 200;
/** Examples are re-read at most this often per question (a new review shows up within a minute). */
export const EXAMPLES_TTL_MS = 60_000;
const cache = new LRUCache<string, { at: number; examples: TGradedExample[] }>({ max: 2_000 });
const ZAuthorExamples = z.array(ZGradedExample.pick({ answer: true, grade: true }));

type TQuestionRef = { id: string; authorExamples?: string | null };

export async function loadGradedExamples(
  db: TDb,
  question: TQuestionRef,
  nowMs: number = Date.now(),
): Promise<TGradedExample[]> {
  const hit = cache.get(question.id);
  if (hit && nowMs >= hit.at && nowMs - hit.at < EXAMPLES_TTL_MS) return hit.examples;
  const logs = await db.reviewLog.findMany({
    where: { undone: false, answer: { not: null }, card: { questionId: question.id } },
    orderBy: { createdAt: "desc" },
    take: MAX_REVIEW_ROWS,
    select: { answer: true, rating: true, userId: true },
  });
  const examples: TGradedExample[] = [
    ...parseAuthorExamples(question.authorExamples),
    ...logs.flatMap((l) => {
      const grade = RATING_GRADE[l.rating as 1 | 2 | 3 | 4];
      return l.answer && grade !== undefined
        ? [{ answer: l.answer, grade, source: "review" as const, labeller: l.userId }]
        : [];
    }),
  ];
  cache.set(question.id, { at: nowMs, examples });
  return examples;
}

/** The Question.authorExamples column; a malformed value counts as none rather than breaking a review. */
export function parseAuthorExamples(json: string | null | undefined): TGradedExample[] {
  if (!json) return [];
  try {
    const parsed = ZAuthorExamples.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data.map((e) => ({ ...e, source: "author" as const })) : [];
  } catch {
    return [];
  }
}

/** For tests: forget cached examples. */
export function clearGradedExamples(): void {
  cache.clear();
}
