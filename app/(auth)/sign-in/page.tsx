import type { Metadata } from "next";
import Link from "next/link";
import { githubEnabled } from "@/lib/env";
import { SignInForm } from "./sign-in-form";
import { GitHubButton } from "./github-button";
import { withCallback } from "@/lib/auth/safe-callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; deleted?: string }>;
}) {
  const { callbackUrl, deleted } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Sign in</h1>
      {deleted ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm dark:bg-emerald-950">
          Your account and everything in it were deleted.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl ?? "/today"} />
      {githubEnabled() ? <GitHubButton callbackUrl={callbackUrl ?? "/today"} /> : null}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        New here?{" "}
        <Link href={withCallback("/sign-up", callbackUrl)} className="text-brand-700 underline dark:text-brand-300">
          Create an account
        </Link>
      </p>
    </div>
  );
}
