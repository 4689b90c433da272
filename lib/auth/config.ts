// The part of the auth setup that needs no database, so proxy.ts can use it
// on every request without loading Prisma.
import type { NextAuthConfig } from "next-auth";

const PUBLIC_PATHS = ["/sign-in", "/sign-up"];

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt" },
  // Deckhand is self-hosted behind `next start`; the Host header is the origin.
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const signedIn = Boolean(auth?.user);
      const isPublic = PUBLIC_PATHS.includes(request.nextUrl.pathname);
      if (isPublic && signedIn) return Response.redirect(new URL("/today", request.nextUrl));
      // false → next-auth redirects to pages.signIn with ?callbackUrl=<this page>.
      return isPublic || signedIn;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
