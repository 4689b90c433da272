// Scores free-text answers from JSON lines on stdin, one JSON line out per line in.
// Usage: npm run score -- --jsonl < answers.jsonl
//   in:  {"question","reference","wrongAnswer"?,"answer","seconds"?,"examples"?: [{"answer","grade"}]}
//   out: {"score","verdict","rating","matched","missed","wrongAnswerMatch","examplesUsed"?} or {"error"} for a bad line
// "examples" (grade 0–5) are the question's graded answers: they go through the
// same selection and blend as the examples the app collects (lib/scoring/blend-examples.ts).
import { createInterface } from "node:readline";
import { z } from "zod";
import { AnswerTooLongError } from "@/lib/scoring/answer-too-long-error";
import { closeScorer } from "@/lib/scoring/embedder";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { ZScoreInput } from "@/lib/scoring/types";

export async function scoreLine(line: string): Promise<Record<string, unknown>> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    return { error: `invalid JSON: ${(e as Error).message}` };
  }
  const parsed = ZScoreInput.safeParse(json);
  if (!parsed.success) return { error: `invalid input: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}` };
  try {
    const r = await scoreAnswer(parsed.data);
    return {
      score: r.score,
      verdict: r.verdict,
      rating: r.rating,
      matched: r.matched,
      missed: r.missed,
      wrongAnswerMatch: r.wrongAnswerMatch,
      ...(r.examplesUsed !== undefined ? { examplesUsed: r.examplesUsed } : {}),
    };
  } catch (e) {
    if (e instanceof AnswerTooLongError) return { error: e.message };
    throw e;
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes("--jsonl")) {
    process.stderr.write("usage: npm run score -- --jsonl < answers.jsonl\n");
    process.exitCode = 2;
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    process.stdout.write(`${JSON.stringify(await scoreLine(line))}\n`);
  }
  await closeScorer();
}

await main();
