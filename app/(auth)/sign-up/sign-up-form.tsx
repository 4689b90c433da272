"use client";
import { useActionState, useEffect, useState } from "react";
import { signUpAction, type TAuthFormState } from "@/lib/auth/actions";
import { Field, FormMessage, SubmitButton } from "@/lib/ui/form";

export function SignUpForm() {
  const [state, action, pending] = useActionState<TAuthFormState, FormData>(signUpAction, {});
  // The browser knows the user's time zone; daily limits and streaks follow it.
  const [timezone, setTimezone] = useState("UTC");
  useEffect(() => setTimezone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="timezone" value={timezone} />
      <Field label="Name" name="name" autoComplete="name" required maxLength={80} defaultValue={state.values?.name} errors={state.errors?.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.errors?.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={10} errors={state.errors?.password} />
      <p className="text-xs text-slate-700 dark:text-slate-300">At least 10 characters.</p>
      <SubmitButton pending={pending}>{pending ? "Creating account…" : "Create account"}</SubmitButton>
    </form>
  );
}
