import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** This session's own id: "Sign out" revokes it. */
    sid?: string;
    /** The user's session version when this session began; a later one ends it. */
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
    sv?: number;
  }
}
