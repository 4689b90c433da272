import crypto from "node:crypto";
import { hashPassword } from "./password";

// Checked when the e-mail is unknown (or has no password), so a wrong e-mail
// costs the same argon2 verification as a wrong password and timing does not
// tell which accounts exist. Made once per process from random bytes: it
// matches no password anyone can type.
let dummy: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummy ??= hashPassword(crypto.randomBytes(32).toString("base64url")));
