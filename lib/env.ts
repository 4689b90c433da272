// Environment, validated once. Anything missing or malformed stops start-up
// with a message that names the variable, instead of failing later.
import { z } from "zod";
import { providerOf } from "@/lib/db/provider";
import { taintSecret } from "@/lib/security/taint";

export const ZEnv = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./.data/deckhand.db")
    .refine(
      (u) => {
        try {
          providerOf(u);
          return true;
        } catch {
          return false;
        }
      },
      {
        message: 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
      },
    ),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (setup generates one into .env)"),
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  SIGNIN_MAX_PER_EMAIL: z.coerce.number().int().positive().default(5),
  SIGNIN_MAX_PER_IP: z.coerce.number().int().positive().default(20),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  SIGNUP_MAX_PER_IP_HOUR: z.coerce.number().int().positive().default(5),
  // How many reverse proxies of ours sit in front of `next start` (0: it faces clients).
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0, "0 or more").max(10, "10 at most").default(0),
  TEAM_MAX_MEMBERS: z.coerce.number().int().positive().max(100_000).default(1000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});
export type TEnv = z.infer<typeof ZEnv>;

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const r = ZEnv.safeParse(source);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee README.md#configuration.`);
}

let cached: TEnv | undefined;
export function env(): TEnv {
  if (!cached) {
    cached = parseEnv(process.env);
    taintSecret("AUTH_SECRET must never reach the browser.", cached, cached.AUTH_SECRET);
    taintSecret("AUTH_GITHUB_SECRET must never reach the browser.", cached, cached.AUTH_GITHUB_SECRET);
  }
  return cached;
}

export const githubEnabled = (e: TEnv = env()) => Boolean(e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET);
