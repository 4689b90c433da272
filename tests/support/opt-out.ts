// A suite part that cannot run fails the run, unless the person opts out of
// it by name: DECKHAND_SKIP=pg,e2e. vitest.config.ts leaves an opted-out
// project out and says so loudly, so a green run never hides a part that did
// not run; the global setups fail when what a part needs is missing.
export const SUITE_PARTS = ["pg", "e2e"] as const;
export type TSuitePart = (typeof SUITE_PARTS)[number];

/** The parts DECKHAND_SKIP names; an unknown name is an error, so a typo cannot silently run everything. */
export function skippedParts(env: Record<string, string | undefined> = process.env): TSuitePart[] {
  const names = (env.DECKHAND_SKIP ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(SUITE_PARTS as readonly string[]).includes(n));
  if (unknown.length)
    throw new Error(`DECKHAND_SKIP: unknown part ${unknown.join(", ")}; the parts are ${SUITE_PARTS.join(", ")}.`);
  return names as TSuitePart[];
}

export function announceSkips(parts: readonly TSuitePart[]) {
  // The config is read again in every worker: say it once, in the run's own process.
  if (!parts.length || process.env.DECKHAND_SKIP_ANNOUNCED) return;
  process.env.DECKHAND_SKIP_ANNOUNCED = "1";
  const bar = "!".repeat(72);
  const what = parts.map((p) => (p === "pg" ? "PostgreSQL" : "browser (e2e)")).join(" and ");
  console.warn(
    `\n${bar}\n  ${what.toUpperCase()} SUITE NOT RUN: DECKHAND_SKIP=${parts.join(",")} opts out of it.\n${bar}\n`,
  );
}

/** In a global setup: what the part needs is missing → an error naming the fix and the opt-out. */
export function requirePart(part: TSuitePart, available: boolean, missing: string) {
  if (!available)
    throw new Error(`${missing}\nTo run the rest without it, opt out by name: DECKHAND_SKIP=${part} npm test`);
}
