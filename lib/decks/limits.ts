// Caps that keep one user's material bounded (README "Decks"): every request
// that adds to a deck checks them before it writes.
export const COURSE_DECK_ID = "course";
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_CARDS_PER_DECK = 5_000;
export const MAX_DECKS_PER_USER = 50;
export const MAX_FILES_PER_UPLOAD = 200;
