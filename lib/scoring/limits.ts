/** Answers longer than this are rejected: nobody types an essay into a recall card. */
export const MAX_ANSWER_CHARS = 5000;
