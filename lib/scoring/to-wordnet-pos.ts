import type { TWordnetPos } from "./wordnet";

/** Universal POS tag (wink) → WordNet file; undefined lets the lookup try all. */
export function toWordnetPos(pos: string): TWordnetPos | undefined {
  switch (pos) {
    case "NOUN":
    case "PROPN":
      return "n";
    case "VERB":
      return "v";
    case "ADJ":
      return "a";
    case "ADV":
      return "r";
    default:
      return undefined;
  }
}
