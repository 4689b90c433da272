// Search terms for BM25: wink-nlp word tokens, stop words dropped, Porter2
// stems ("digests" and "digest" meet). The model costs ~150 ms to load, so it
// is created on first use; it keeps no state between documents.
import winkNLP, { type ItemToken, type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";

type TWink = ReturnType<typeof winkNLP>;
let nlp: TWink | undefined;

/**
 * `dropAdverbs` is for questions: "Which runtime details *usually* fail…"
 * should not pull in the one sentence that happens to say "usually".
 */
export function stemTokens(text: string, options: { dropAdverbs?: boolean } = {}): string[] {
  // Only the POS stage is needed (for adverbs); stems and stop-word flags come free.
  nlp ??= winkNLP(model, ["pos"]);
  const its = nlp.its;
  // wink-nlp's typings declare `its.stem` with a signature `out()` rejects; it works at run time.
  const stem = its.stem as unknown as ItsFunction<string>;
  const out: string[] = [];
  nlp
    .readDoc(text)
    .tokens()
    .each((t: ItemToken) => {
      const type = t.out(its.type);
      if (type !== "word" && type !== "number") return;
      if (t.out(its.stopWordFlag) || (options.dropAdverbs && t.out(its.pos) === "ADV")) return;
      out.push(t.out(stem).toLowerCase());
    });
  return out;
}
