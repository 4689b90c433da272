"use client";
import { useActionState } from "react";
import { signInAction, type TAuthFormState } from "@/lib/auth/actions";
import { Field, FormMessage, SubmitButton } from "@/lib/ui/form";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<TAuthFormState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.errors?.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required errors={state.errors?.password} />
      <SubmitButton pending={pending}>{pending ? "Signing in…" : "Sign in"}</SubmitButton>
    </form>
  );
}
