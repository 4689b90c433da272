/**
 * Usable reviews (not undone, rated 1–4) needed before we optimize: Anki's
 * threshold since 24.04 (1,000 before), which the FSRS authors chose because
 * fewer reviews give parameters noisier than the defaults. Kept apart from
 * optimize-user.ts so the Settings page can show it without the native binding.
 */
export const MIN_REVIEWS = 400;
