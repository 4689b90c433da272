/**
 * Closed-class word lists. Kept deliberately small and explicit instead of
 * using wink's stop-word flag: wink treats words like "once", "first", "last",
 * "only" and "all" as stop words, but in answers they often carry the point
 * ("executes at least once", "last-in-first-out").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the this that these those there here it its it's they them their theirs he him his she her hers " +
    "we us our ours you your yours i me my mine one's itself themselves yourself ourselves " +
    "be is are was were been being am 's 're 'm have has had having 've 'd do does did doing done " +
    "will would shall should can could may might must 'll ca wo " +
    "of to in on at by for with from into onto over under about as than then so such " +
    "and or but nor if because while whereas although though unless until when where which who whom whose what why how " +
    "also just very really quite rather too much many more most some any each other another both either " +
    "like etc e.g. i.e. ie eg via per thus hence therefore however basically actually simply " +
    "whenever wherever whatever whichever whoever towards toward upon within throughout whether onto "+
    "get gets got getting make makes made thing things something anything way ways use used using"
  ).split(" "),
);

/** Words that flip the polarity of what follows them in the same clause. */
export const NEGATION_CUES: ReadonlySet<string> = new Set([
  "not", "n't", "never", "no", "cannot", "without", "except", "excluding", "none", "nothing", "neither", "nor", "nobody", "nowhere", "lack", "lacks",
]);

/**
 * Words that end a clause for negation scope and role attachment. A negation
 * scope only stops at one of these after it has covered a content word, so
 * "not just because X" still negates X.
 */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  "but", "because", "so", "while", "whereas", "although", "though", "unless", "since", "which", "however", "yet", "instead",
  "therefore", "thus", "hence", "whilst", "except", "if", "when", "whenever", "until", "where",
]);

/** Words that mark the surrounding claim as rejected ("that's a myth"). */
export const REJECTION_WORDS: ReadonlySet<string> = new Set([
  "myth", "misconception", "wrong", "false", "untrue", "incorrect", "mistake", "mistaken", "fallacy", "misleading",
  "nonsense", "irrelevant",
]);

/** Whole answers that mean "I don't know" and should be graded like an empty answer. */
export const DONT_KNOW = /^(i\s*(do\s*not|don'?t|dont)\s*know|idk|no\s*idea|no\s*answer|not\s*sure|dunno|pass|skip|\?+|n\/?a)[.!?\s]*$/i;

/** Words that open a condition: the clause they open supposes a case, and the clause after it says what then follows. */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(["if", "when", "whenever", "once"]);
