// The full next-auth setup: Credentials always, GitHub when its env vars
// are set. JWT sessions, because next-auth refuses database sessions for
// Credentials.
import crypto from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import type { Provider } from "next-auth/providers";
import { db } from "@/lib/db";
import { env, githubEnabled } from "@/lib/env";
import { authConfig } from "./config";
import { authorizeCredentials } from "./authorize-credentials";
import { upsertOAuthUser } from "./upsert-oauth-user";

import { clientAddress } from "@/lib/net/client-address";

/** The wait rides in the code (the only field next-auth hands back to signIn's caller): "rate_limited:<seconds>". */
class RateLimited extends CredentialsSignin {
  constructor(retryAfterMs: number) {
    super();
    this.code = `rate_limited:${Math.max(1, Math.ceil(retryAfterMs / 1000))}`;
  }
}

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const limits = {
          perEmail: e.SIGNIN_MAX_PER_EMAIL,
          perIp: e.SIGNIN_MAX_PER_IP,
          windowMs: e.SIGNIN_WINDOW_MINUTES * 60_000,
        };
        const ip = clientAddress(request.headers, e.TRUST_PROXY_HOPS);
        const r = await authorizeCredentials(db(), credentials, ip, limits, new Date());
        if (r.ok)
          return { id: r.user.id, email: r.user.email, name: r.user.name, sessionVersion: r.user.sessionVersion };
        if (r.reason === "rate_limited") throw new RateLimited(r.retryAfterMs);
        return null;
      },
    }),
  ];
  if (githubEnabled(e)) list.push(GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }));
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: env().AUTH_SECRET,
  providers: providers(),
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user, account, profile }) {
      // OAuth ids are the provider's; sessions must carry our own user id.
      // Only at sign-in (user or account present): the session's own id and
      // the user's session version then, checked on every later request.
      if (account?.provider === "github" && profile?.email) {
        const u = await upsertOAuthUser(db(), { email: profile.email, name: profile.name ?? profile.email });
        Object.assign(token, { sub: u.id, sv: u.sessionVersion, sid: crypto.randomUUID() });
      } else if (user?.id) {
        const sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        Object.assign(token, { sub: user.id, sv, sid: crypto.randomUUID() });
      }
      return token;
    },
  },
}));
