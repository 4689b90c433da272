import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type TWink = ReturnType<typeof winkNLP>;

let cached: TWink | undefined;

/**
 * The wink model takes ~100–200 ms to instantiate, so it is created on first
 * use and shared by every call (it is stateless between `readDoc` calls).
 */
export function loadNlp(): TWink {
  if (!cached) cached = winkNLP(model);
  return cached;
}
