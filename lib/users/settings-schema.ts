import { z } from "zod";

// "1m 10m", "10m", "1h 1d": ts-fsrs step units; empty leaves steps to FSRS.
const ZSteps = z
  .string()
  .trim()
  .max(60, "Keep steps under 60 characters.")
  .regex(/^(\s*\d+(\.\d+)?[mhd])*\s*$/, "Use steps like “1m 10m” (m, h or d).");

/** A whole number in [min, max], with one plain message for every way to miss it (empty, text, decimals, range). */
const wholeNumber = (min: number, max: number, what: string) => {
  const message = `Enter a whole number of ${what} from ${min} to ${max}.`;
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }),
  );
};

const TIMEZONE = "Choose a time zone from the list.";
const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const RETENTION = "Enter a retention between 0.70 and 0.97 (0.90 is the usual choice).";

export const ZSettings = z.object({
  desiredRetention: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number({ error: RETENTION }).min(0.7, { error: RETENTION }).max(0.97, { error: RETENTION }),
  ),
  newPerDay: wholeNumber(0, 9999, "new cards"),
  reviewsPerDay: wholeNumber(0, 99999, "reviews"),
  timezone: z.string({ error: TIMEZONE }).max(64, { error: TIMEZONE }).refine(isTimeZone, { error: TIMEZONE }),
  dayStartHour: wholeNumber(0, 23, "hours (0 is midnight)"),
  enableFuzz: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()),
  learningSteps: ZSteps,
  relearningSteps: ZSteps,
  leechThreshold: wholeNumber(2, 99, "lapses"),
});
export type TSettings = z.infer<typeof ZSettings>;
