"use client";
import { useActionState, useState } from "react";
import type { TActionResult } from "@/lib/actions/action-result";
import { Field, FormMessage, SubmitButton } from "@/lib/ui/form";

type TFormAction<T> = (prev: TActionResult<T> | null, form: FormData) => Promise<TActionResult<T>>;

/** One text field and a button, for create-a-team and join-by-code. */
export function SingleFieldForm<T>({
  action,
  label,
  name,
  button,
  maxLength,
}: {
  action: TFormAction<T>;
  label: string;
  name: string;
  button: string;
  maxLength: number;
}) {
  const [state, run, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={run} className="space-y-3" noValidate>
      <Field
        label={label}
        name={name}
        maxLength={maxLength * 2}
        defaultValue={failed?.values?.[name] ?? ""}
        errors={failed?.fields?.[name]}
      />
      {failed && !failed.fields?.[name] ? <FormMessage message={failed.error} /> : null}
      <div className="sm:max-w-xs">
        <SubmitButton pending={pending}>{button}</SubmitButton>
      </div>
    </form>
  );
}

/** A button that runs one team action; hidden fields carry what it acts on. Errors show beside it. */
export function ActionButton<T>({
  action,
  fields,
  label,
  tone = "plain",
  confirm,
}: {
  action: TFormAction<T>;
  fields: Record<string, string>;
  label: string;
  tone?: "plain" | "danger" | "primary";
  confirm?: string;
}) {
  const [state, run, pending] = useActionState(action, null);
  const style = {
    plain: "border border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800",
    danger:
      "border border-red-300 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950",
    primary: "bg-brand-700 text-white hover:bg-brand-800",
  }[tone];
  return (
    <form
      action={run}
      className="inline-flex flex-col items-start gap-1"
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className={`rounded-md px-3 py-1.5 text-sm disabled:opacity-60 ${style}`}
      >
        {label}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-red-600 dark:text-red-400">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}

/** The invite link with a copy button, and the rotate form (owners and admins only). */
export function InvitePanel<T>({
  teamSlug,
  link,
  code,
  expiresAt,
  rotate,
}: {
  teamSlug: string;
  link: string;
  code: string;
  expiresAt: string | null;
  rotate: TFormAction<T>;
}) {
  const [state, run, pending] = useActionState(rotate, null);
  const [copied, setCopied] = useState(false);
  const failed = state && !state.ok ? state : null;
  const copy = async () => {
    await navigator.clipboard.writeText(link).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid="invite-link" className="break-all rounded bg-slate-100 px-2 py-1 text-sm dark:bg-slate-800">
          {link}
        </code>
        <button
          type="button"
          onClick={copy}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700"
        >
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Or share the code{" "}
        <code data-testid="invite-code" className="font-semibold">
          {code}
        </code>{" "}
        {expiresAt ? <>· expires {new Date(expiresAt).toLocaleString()}</> : "· does not expire"}
      </p>
      <form action={run} className="flex flex-wrap items-end gap-2" noValidate>
        <input type="hidden" name="teamSlug" value={teamSlug} />
        <div className="w-56">
          <Field
            label="Expires after (days, optional)"
            name="expiresInDays"
            type="number"
            min="1"
            max="365"
            errors={failed?.fields?.expiresInDays}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm dark:border-slate-700"
        >
          New code
        </button>
      </form>
      {failed && !failed.fields?.expiresInDays ? <FormMessage message={failed.error} /> : null}
      {state?.ok ? (
        <p role="status" className="text-sm">
          New code made; the old link no longer works.
        </p>
      ) : null}
    </div>
  );
}
