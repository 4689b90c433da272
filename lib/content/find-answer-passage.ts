// Answers for recall questions that the author left unanswered: the chapter
// passage that best answers the question, found by BM25 over the chapter's
// sentences (wink-bm25-text-search, terms from stem-tokens.ts).
//
// Candidates: sentences of paragraphs and list items in ordinary sections
// only — never diagrams, the intro/ELI5, or the special sections (recall,
// Q&A, in-the-wild, apply-now, bridge) — minus filler ("See.", "Now watch.").
// Each sentence is indexed with its section heading as a second, lighter
// field, so "Which runtime details…" prefers sentences under "Runtime details…".
//
// Question terms are stemmed the same way minus adverbs ("usually", "really").
// A sentence's rank is its BM25 score plus a quarter of its same-section
// neighbours' scores (only sentences matching on their own can win).
// For "What is/are X?" a sentence saying "X is/are/means …" is boosted by half.
//
// Passage rule (at most two sentences, both from the same section):
//  1. the best-ranked sentence (ties: the earlier one);
//  2. if it opens with a word that points back ("This", "It", "They", "So",
//     "But", …), the previous candidate sentence is put before it — it is
//     unreadable alone;
//  3. otherwise one neighbour joins it, in reading order: the next sentence
//     if it points back in the same way, or the previous or next sentence
//     that scores at least half as much and matches a question term the best
//     sentence lacks ("readiness … compared with liveness" needs both); if
//     both qualify, the higher-scoring one.
import bm25 from "wink-bm25-text-search";
import { stemTokens } from "./stem-tokens";
import { isFillerSentence, splitSentences } from "./split-sentences";
import type { TSection } from "./types";

export type TPassageCandidate = { text: string; sectionSlug: string; heading: string };
export type TPassage = { text: string; sectionSlug: string; sentences: string[] };

const FIELD_WEIGHTS = { body: 1, heading: 0.5 };
// A sentence whose neighbours also match sits inside the relevant passage.
const NEIGHBOUR_WEIGHT = 0.25;
// "What is an error budget?" is best answered by "The error budget is …".
const DEFINITION_BOOST = 1.5;
const POINTS_BACK = /^(?:this|that|these|those|it|its|they|their|such|so|but|thus|hence|therefore|then|instead|otherwise)\b/i;

export function passageCandidates(sections: readonly TSection[]): TPassageCandidate[] {
  const out: TPassageCandidate[] = [];
  for (const s of sections) {
    const texts = s.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.kind === "list" ? b.items : []));
    for (const sentence of texts.flatMap(splitSentences)) {
      if (!isFillerSentence(sentence)) out.push({ text: sentence, sectionSlug: s.slug, heading: s.heading });
    }
  }
  return out;
}

/** Builds the index once per chapter; the returned function answers one question. */
export function createPassageFinder(sections: readonly TSection[]): (question: string) => TPassage | null {
  const candidates = passageCandidates(sections);
  if (candidates.length === 0) return () => null;
  // Tokenising dominates the cost, and each heading repeats once per sentence.
  const memo = new Map<string, string[]>();
  const terms = (t: string) => memo.get(t) ?? memo.set(t, stemTokens(t)).get(t)!;
  const engine = bm25();
  engine.defineConfig({ fldWeights: FIELD_WEIGHTS });
  engine.definePrepTasks([terms], "body");
  engine.definePrepTasks([terms], "heading");
  // Queries arrive already stemmed (see below), so the default task only splits.
  engine.definePrepTasks([(t) => t.split(" ").filter((w) => w !== "")]);
  candidates.forEach((c, i) => engine.addDoc({ body: c.text, heading: c.heading }, i));
  // wink refuses to consolidate fewer than 3 documents; empty ones never match.
  for (let i = candidates.length; i < 3; i++) engine.addDoc({ body: "", heading: "" }, i);
  engine.consolidate();
  const bodyTerms = candidates.map((c) => new Set(terms(c.text)));
  const sameSection = (i: number, j: number) => candidates[j] !== undefined && candidates[j].sectionSlug === candidates[i]!.sectionSlug;

  return (question) => {
    const asked = stemTokens(question, { dropAdverbs: true });
    const raw = new Map<number, number>();
    for (const [id, score] of engine.search(asked.join(" "), candidates.length + 3)) {
      if (Number(id) < candidates.length && score > 0) raw.set(Number(id), score);
    }
    const near = (i: number, j: number) => (sameSection(i, j) ? (raw.get(j) ?? 0) : 0);
    const defines = definitionPattern(question);
    const ranked = [...raw].map(([i, s]) => {
      const boost = defines?.test(candidates[i]!.text) ? DEFINITION_BOOST : 1;
      return [i, boost * (s + NEIGHBOUR_WEIGHT * (near(i, i - 1) + near(i, i + 1)))] as const;
    });
    const best = ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (!best) return null;
    const i = best[0];
    const picked = [i];
    if (POINTS_BACK.test(candidates[i]!.text)) {
      if (sameSection(i, i - 1)) picked.unshift(i - 1);
    } else {
      const addsTerms = (j: number) => asked.some((t) => bodyTerms[j]!.has(t) && !bodyTerms[i]!.has(t));
      const helps = (j: number) =>
        sameSection(i, j) &&
        ((j === i + 1 && POINTS_BACK.test(candidates[j]!.text)) || ((raw.get(j) ?? 0) >= (raw.get(i) ?? 0) / 2 && addsTerms(j)));
      const side = [i - 1, i + 1].filter(helps).sort((a, b) => (raw.get(b) ?? 0) - (raw.get(a) ?? 0) || a - b)[0];
      if (side !== undefined) picked.splice(side < i ? 0 : 1, 0, side);
    }
    const sentences = picked.map((j) => candidates[j]!.text);
    return { text: sentences.join(" "), sectionSlug: candidates[i]!.sectionSlug, sentences };
  };
}

function definitionPattern(question: string): RegExp | null {
  const m = /^what (?:is|are) (?:an? |the )?(.+?)[?.!\s]*$/i.exec(question.trim());
  if (!m) return null;
  const subject = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`\\b${subject}\\s+(?:is|are|means)\\b`, "i");
}
