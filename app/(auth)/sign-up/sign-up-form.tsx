"use client";
import { useActionState } from "react";
import { signUpAction } from "@/lib/auth/actions";
import { Field, FormMessage, SubmitButton } from "@/lib/ui/form";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signUpAction, null);
  const failed = state && !state.ok ? state : null;
  // The browser knows the user's time zone (daily limits and streaks follow
  // it); added at submit, so server and client render the same form.
  const submit = (form: FormData) => {
    form.set("timezone", Intl.DateTimeFormat().resolvedOptions().timeZone);
    action(form);
  };
  return (
    <form action={submit} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage message={failed && !failed.fields ? failed.error : null} />
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={failed?.values?.name}
        errors={failed?.fields?.name}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values?.email}
        errors={failed?.fields?.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        errors={failed?.fields?.password}
      />
      <p className="text-xs text-slate-700 dark:text-slate-300">At least 10 characters.</p>
      <SubmitButton pending={pending}>{pending ? "Creating account…" : "Create account"}</SubmitButton>
    </form>
  );
}
