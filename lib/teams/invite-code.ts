import { randomBytes } from "node:crypto";

// No 0/O or 1/I/L: codes are read aloud and typed by hand.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** 10 characters of a 31-letter alphabet ≈ 49 bits: not guessable by trying. */
export function newInviteCode(length = 10): string {
  const bytes = randomBytes(length);
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! % ALPHABET.length];
  return out;
}

export function newTeamSlug(base: string): string {
  const suffix = randomBytes(4).toString("hex").slice(0, 6);
  return `${base.slice(0, 40).replace(/-+$/, "") || "team"}-${suffix}`;
}
