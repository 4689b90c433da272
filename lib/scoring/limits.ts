/** Answers longer than this are rejected: nobody types an essay into a recall card. */
export const MAX_ANSWER_CHARS = 5000;
/**
 * No word in WordNet or the field lexicon is longer than this; a longer token
 * is noise, so it skips the stemmer, the lexicon and WordNet (each of which
 * costs time in the token's length) and can only match itself.
 */
export const MAX_WORD_CHARS = 40;
