// The full next-auth setup: Credentials always, GitHub when its env vars
// are set. JWT sessions, because next-auth refuses database sessions for
// Credentials.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import type { Provider } from "next-auth/providers";
import { db } from "@/lib/db";
import { env, githubEnabled } from "@/lib/env";
import { authConfig } from "./config";
import { authorizeCredentials } from "./authorize-credentials";
import { upsertOAuthUser } from "./upsert-oauth-user";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "unknown";
}

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const limits = { perEmail: e.SIGNIN_MAX_PER_EMAIL, perIp: e.SIGNIN_MAX_PER_IP, windowMs: e.SIGNIN_WINDOW_MINUTES * 60_000 };
        const r = await authorizeCredentials(db(), credentials, clientIp(request), limits, new Date());
        if (r.ok) return r.user;
        if (r.reason === "rate_limited") throw new RateLimited();
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
      if (account?.provider === "github" && profile?.email) {
        token.sub = await upsertOAuthUser(db(), { email: profile.email, name: profile.name ?? profile.email });
      } else if (user?.id) {
        token.sub = user.id;
      }
      return token;
    },
  },
}));
