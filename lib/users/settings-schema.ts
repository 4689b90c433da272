import { z } from "zod";
import { ZTimezone } from "./schemas";

// "1m 10m", "10m", "1h 1d": ts-fsrs step units; empty leaves steps to FSRS.
const ZSteps = z
  .string()
  .trim()
  .max(60)
  .regex(/^(\s*\d+(\.\d+)?[mhd])*\s*$/, "Use steps like “1m 10m” (m, h or d).");

export const ZSettings = z.object({
  desiredRetention: z.coerce.number().min(0.7, "Between 0.70 and 0.97.").max(0.97, "Between 0.70 and 0.97."),
  newPerDay: z.coerce.number().int().min(0).max(9999),
  reviewsPerDay: z.coerce.number().int().min(0).max(99999),
  timezone: ZTimezone,
  dayStartHour: z.coerce.number().int().min(0).max(23),
  enableFuzz: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()),
  learningSteps: ZSteps,
  relearningSteps: ZSteps,
  leechThreshold: z.coerce.number().int().min(2, "At least 2 lapses.").max(99),
});
export type TSettings = z.infer<typeof ZSettings>;
