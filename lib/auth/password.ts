// argon2id with the library's defaults (19 MiB, t=2: OWASP's baseline).
import { hash, verify } from "@node-rs/argon2";

export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Users who joined through GitHub have no password to check against.
  if (!stored) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
