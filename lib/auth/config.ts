// The part of the auth setup that needs no database, so proxy.ts can use it
// on every request without loading Prisma.
import type { NextAuthConfig } from "next-auth";
import { authLogger } from "./auth-logger";

const PUBLIC_PATHS = ["/sign-in", "/sign-up"];
export const isPublicPath = (pathname: string) => PUBLIC_PATHS.includes(pathname);

/** A session ends after this long unused; each visit renews it (the proxy re-issues the cookie). */
export const SESSION_MAX_AGE_S = 24 * 60 * 60;

export const authConfig = {
  pages: { signIn: "/sign-in" as const },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  // Deckhand is self-hosted behind `next start`; the Host header is the origin.
  trustHost: true,
  logger: authLogger,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      // A cookie can outlive its session (signed out, password changed), and
      // only the database knows: so signed-in visitors of /sign-in are sent on
      // by app/(auth)/layout.tsx, which checks, never here (that would loop).
      return isPublicPath(request.nextUrl.pathname) || Boolean(auth?.user);
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sid = token.sid;
      session.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
