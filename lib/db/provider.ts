// Which database a URL points at. Pure, so scripts and the app agree.
export type TProvider = "sqlite" | "postgresql";

export function providerOf(url: string): TProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.slice(0, 24)}…"`,
  );
}

/** better-sqlite3 wants a path; Prisma-style URLs say file:./x.db. */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/i, "").replace(/\?.*$/, "");
}
