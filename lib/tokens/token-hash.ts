import crypto from "node:crypto";

// Tokens are 32 random bytes, so a fast hash is enough (no brute force to slow down).
export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export function newToken(): { token: string; prefix: string } {
  const token = `dh_${crypto.randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, 10) };
}
