// Anki caps (README "Decks: Anki import"), apart from read-apkg.ts so the
// browser form can name them without bundling the zip reader.
export const MAX_APKG_BYTES = 50 * 1024 * 1024;
export const MAX_COLLECTION_BYTES = 400 * 1024 * 1024;
