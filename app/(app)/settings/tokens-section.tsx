"use client";
import { useActionState } from "react";
import { createTokenAction } from "@/lib/tokens/token-actions";
import { RevokeTokenButton } from "./revoke-token-button";
import { Field } from "@/lib/ui/form";
import { CopyButton } from "./copy-button";

type TToken = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };

export function TokensSection({ tokens }: { tokens: TToken[] }) {
  const [state, action, pending] = useActionState(createTokenAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <section className="space-y-4" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading" className="text-lg font-semibold">
        API tokens
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        For scripts and integrations: <code>Authorization: Bearer dh_…</code> on <code>/api/queue</code>,{" "}
        <code>/api/reviews</code> and the exports (<code>/api/export</code>, <code>/api/export/reviews.csv</code>).
      </p>
      <form action={action} className="flex items-end gap-2">
        <div className="flex-1">
          <Field
            label="Token name"
            name="name"
            maxLength={60}
            defaultValue={failed?.values?.name}
            errors={failed ? (failed.fields?.name ?? [failed.error]) : undefined}
          />
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-white">
          Create token
        </button>
      </form>
      {state?.ok ? (
        <p role="status" className="break-all rounded-md bg-emerald-50 p-3 text-sm dark:bg-emerald-950">
          Copy it now, it will not be shown again: <code data-testid="new-token">{state.data.token}</code>{" "}
          <CopyButton text={state.data.token} label="Copy token" />
        </p>
      ) : null}
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {tokens.map((t) => (
          <li key={t.id} className="flex items-center justify-between py-2 text-sm">
            <span>
              {t.name} <code className="text-slate-700 dark:text-slate-300">{t.prefix}…</code> · last used{" "}
              {t.lastUsedAt ? new Date(t.lastUsedAt).toLocaleString() : "never"}
            </span>
            <RevokeTokenButton id={t.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
