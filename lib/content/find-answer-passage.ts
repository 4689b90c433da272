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
// Passage rule (one to three consecutive sentences, all from the same section):
//  1. the best-ranked sentence (ties: the earlier one);
//  2. if it opens with a word that points back ("This", "It", "They", "So",
//     "But", …) or refers back anywhere with "those"/"these", the previous
//     candidate sentence is put before it — it is unreadable alone;
//  2b. if the question asks for "each" of several things (or names a count)
//     and the best sentence announces them with a colon ("… at three layers:
//     …"), the passage is instead the sentences that follow it, one per item
//     (up to three), as long as each matches a question term;
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
/** `rough`: the passage holds under ROUGH_BELOW of the question's terms, so it may not answer it (the card says so). */
export type TPassage = { text: string; sectionSlug: string; sentences: string[]; rough: boolean };

const FIELD_WEIGHTS = { body: 1, heading: 0.5 };
// A sentence whose neighbours also match sits inside the relevant passage.
const NEIGHBOUR_WEIGHT = 0.25;
// "What is an error budget?" is best answered by "The error budget is …".
const DEFINITION_BOOST = 1.5;
const POINTS_BACK = /^(?:this|that|these|those|it|its|they|their|such|so|but|thus|hence|therefore|then|instead|otherwise)\b/i;
const REFERS_BACK = /\b(?:those|these)\b/i;
// "each of the three layers", "which two …": the answer is a list of items.
const ASKS_EACH = /\b(?:each|every|two|three|four)\b/i;
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 3 };
export const MAX_PASSAGE_SENTENCES = 3;
/** Below this share of the question's terms found in the passage, the passage is "rough". */
export const ROUGH_BELOW = 0.4;

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
    const picked = pickAround(i, asked, question, raw, bodyTerms, sameSection);
    const sentences = picked.map((j) => candidates[j]!.text);
    const covered = new Set(picked.flatMap((j) => [...bodyTerms[j]!]));
    const unique = [...new Set(asked)];
    const rough = unique.length > 0 && unique.filter((t) => hasTerm(covered, t)).length / unique.length < ROUGH_BELOW;
    return { text: sentences.join(" "), sectionSlug: candidates[picked[0]!]!.sectionSlug, sentences, rough };
  };

  /** The sentence ids of the passage around the best one, `i` (see the rule at the top). */
  function pickAround(
    i: number, asked: string[], question: string, raw: Map<number, number>, bodyTerms: Set<string>[],
    same: (i: number, j: number) => boolean,
  ): number[] {
    const text = candidates[i]!.text;
    const each = ASKS_EACH.exec(question);
    // The announcing sentence is the best one or the one just before it (the best is then its first item).
    const announcer = text.includes(":") ? i : same(i, i - 1) && candidates[i - 1]!.text.includes(":") ? i - 1 : -1;
    if (each && announcer >= 0) {
      const want = COUNTS[each[0].toLowerCase()] ?? MAX_PASSAGE_SENTENCES;
      const items: number[] = [];
      for (let j = announcer + 1; items.length < want && same(i, j) && asked.some((t) => hasTerm(bodyTerms[j]!, t)); j++) items.push(j);
      if (items.length === want) return items;
    }
    if (POINTS_BACK.test(text) || REFERS_BACK.test(text)) return same(i, i - 1) ? [i - 1, i] : [i];
    const addsTerms = (j: number) => asked.some((t) => bodyTerms[j]!.has(t) && !bodyTerms[i]!.has(t));
    const helps = (j: number) =>
      same(i, j) &&
      ((j === i + 1 && POINTS_BACK.test(candidates[j]!.text)) || ((raw.get(j) ?? 0) >= (raw.get(i) ?? 0) / 2 && addsTerms(j)));
    const side = [i - 1, i + 1].filter(helps).sort((a, b) => (raw.get(b) ?? 0) - (raw.get(a) ?? 0) || a - b)[0];
    return side === undefined ? [i] : side < i ? [side, i] : [i, side];
  }
}

/**
 * The stemmer cuts some derived words short of their base ("autoscaling" →
 * "autosc", "autoscaler" → "autoscal"); for these checks (not the BM25 ranking)
 * one stem of five or more letters starting the other counts as the same term.
 */
function hasTerm(terms: Set<string>, t: string): boolean {
  if (terms.has(t)) return true;
  if (t.length < 5) return false;
  for (const w of terms) if (w.length >= 5 && (w.startsWith(t) || t.startsWith(w))) return true;
  return false;
}

function definitionPattern(question: string): RegExp | null {
  const m = /^what (?:is|are) (?:an? |the )?(.+?)[?.!\s]*$/i.exec(question.trim());
  if (!m) return null;
  const subject = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`\\b${subject}\\s+(?:is|are|means)\\b`, "i");
}
