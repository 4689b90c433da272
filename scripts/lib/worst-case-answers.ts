import { mulberry32 } from "./seeded-random";

/**
 * The costliest answers we know how to build within the 5,000-character
 * limit (issue #9 item 1). Shared by the unit test and bench:scorer so both
 * measure the same inputs. Seeded, so every run builds the same strings;
 * another seed builds fresh words of the same shape (caches cannot help).
 */
export function worstCaseAnswers(seed = 9, maxChars = 5000): { name: string; answer: string }[] {
  const rand = mulberry32(seed);
  const letters = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join("");
  const fill = (unit: () => string, sep = " ") => {
    let s = "";
    while (s.length < maxChars) s += (s ? sep : "") + unit();
    return s.slice(0, maxChars);
  };
  return [
    { name: "one random word, 400 chars", answer: letters(400) },
    { name: "one random word, 1,600 chars", answer: letters(1600) },
    { name: `one random word, ${maxChars} chars`, answer: letters(maxChars) },
    { name: `one letter × ${maxChars}`, answer: "a".repeat(maxChars) },
    { name: "many short unknown words", answer: fill(() => letters(3 + Math.floor(rand() * 4))) },
    { name: "many 8–12 letter unknown words", answer: fill(() => letters(8 + Math.floor(rand() * 5))) },
    { name: "glued real words", answer: fill(() => "imagelayercachedigestrollback") },
    { name: "hyphen chains", answer: fill(() => letters(4), "-") },
    { name: "deep punctuation", answer: "(".repeat(maxChars / 2) + ")".repeat(maxChars / 2) },
    { name: "question marks, then a letter", answer: "?".repeat(maxChars - 1) + "x" },
    { name: "punctuation between letters", answer: fill(() => letters(1), ",") },
    { name: "repeated model-answer words", answer: fill(() => "digests point to one exact artifact not tags") },
    { name: "many negations and clauses", answer: fill(() => "not never no, but because") },
  ];
}
