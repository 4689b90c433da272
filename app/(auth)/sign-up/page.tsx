import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "./sign-up-form";
import { safeCallbackUrl, withCallback } from "@/lib/auth/safe-callback-url";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Create your account</h1>
      <SignUpForm callbackUrl={safeCallbackUrl(callbackUrl)} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Already have one?{" "}
        <Link href={withCallback("/sign-in", callbackUrl)} className="text-brand-700 underline dark:text-brand-300">
          Sign in
        </Link>
      </p>
    </div>
  );
}
