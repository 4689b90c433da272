import { z } from "zod";

export const TEAM_NAME_MAX = 60;
/** A user's teams are listed on every Teams page load; this keeps that list bounded. */
export const MAX_TEAMS_PER_USER = 100;
export const INVITE_MAX_DAYS = 365;

export const ZTeamName = z
  .string({ error: "Give the team a name." })
  .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "Give the team a name.")
      .max(TEAM_NAME_MAX, `A team name can be at most ${TEAM_NAME_MAX} characters.`),
  );

/** Codes are typed by hand too: case and surrounding spaces do not matter. */
export const ZInviteCode = z
  .string({ error: "Type the invite code." })
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().min(1, "Type the invite code.").max(64, "That is not an invite code."));

export const ZTeamSlug = z.string().min(1).max(80);
export const ZExpiresInDays = z.coerce
  .number({ error: "Expiry is a number of days (1–365)." })
  .int("Whole days only.")
  .min(1, "At least 1 day.")
  .max(INVITE_MAX_DAYS, `At most ${INVITE_MAX_DAYS} days.`);
export const ZPeriod = z.enum(["week", "last-week", "all"], { error: "period must be week, last-week or all" });
export type TPeriod = z.infer<typeof ZPeriod>;
