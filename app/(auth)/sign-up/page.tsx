import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default function SignUpPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Create your account</h1>
      <SignUpForm />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Already have one? <Link href="/sign-in" className="text-brand-600 underline">Sign in</Link>
      </p>
    </div>
  );
}
