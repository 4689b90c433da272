"use client";
import { useActionState } from "react";
import { useSearchParams } from "next/navigation";
import { changePasswordAction, signOutEverywhereAction } from "@/lib/auth/actions";
import { Field } from "@/lib/ui/form";

export function SecuritySection({ hasPassword }: { hasPassword: boolean }) {
  const [pw, changeAction, changing] = useActionState(changePasswordAction, null);
  const [out, outAction, leaving] = useActionState(signOutEverywhereAction, null);
  const failed = pw && !pw.ok ? pw : null;
  // The change signs this browser in again and reloads the page with this flag.
  const changed = useSearchParams().get("security") === "password-changed" && !failed;
  return (
    <section className="space-y-4" aria-labelledby="security-heading">
      <h2 id="security-heading" className="text-lg font-semibold">
        Security
      </h2>
      {hasPassword ? (
        <form action={changeAction} className="space-y-3" noValidate aria-labelledby="password-heading">
          <h3 id="password-heading" className="font-medium">
            Change password
          </h3>
          {changed ? (
            <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm dark:bg-emerald-950">
              Password changed. Every other session has been signed out.
            </p>
          ) : null}
          {failed && !failed.fields ? (
            <p role="alert" className="text-sm text-red-600 dark:text-red-400">
              {failed.error}
            </p>
          ) : null}
          <div className="grid gap-4 sm:grid-cols-3">
            <Field
              label="Current password"
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              errors={failed?.fields?.currentPassword}
            />
            <Field
              label="New password"
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              minLength={10}
              errors={failed?.fields?.newPassword}
            />
            <Field
              label="New password again"
              name="confirmPassword"
              type="password"
              autoComplete="new-password"
              required
              errors={failed?.fields?.confirmPassword}
            />
          </div>
          <button
            type="submit"
            disabled={changing}
            className="rounded-md bg-brand-700 px-4 py-2 text-white disabled:opacity-60"
          >
            {changing ? "Changing…" : "Change password"}
          </button>
        </form>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          You sign in with GitHub, so there is no password to change here.
        </p>
      )}
      <form action={outAction} className="space-y-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Lost a device, or signed in on a shared computer? This ends every session, this one included.
        </p>
        {out && !out.ok ? (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {out.error}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={leaving}
          className="rounded-md border border-red-600 px-4 py-2 text-red-700 disabled:opacity-60 dark:text-red-400"
        >
          {leaving ? "Signing out…" : "Sign out everywhere"}
        </button>
      </form>
    </section>
  );
}
