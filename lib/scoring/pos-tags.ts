// wink's universal POS tags grouped as the stages read them, one definition for all.
/** A verb of any kind: main or auxiliary ("is", "can"). */
export const VERBAL: ReadonlySet<string> = new Set(["VERB", "AUX"]);
/** A name of a thing: common or proper noun. */
export const NOUNS: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);
