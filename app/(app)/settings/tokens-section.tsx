"use client";
import { useActionState } from "react";
import { createTokenAction, revokeTokenAction, type TTokenState } from "@/lib/tokens/token-actions";
import { Field } from "@/lib/ui/form";

type TToken = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };

export function TokensSection({ tokens }: { tokens: TToken[] }) {
  const [state, action, pending] = useActionState<TTokenState, FormData>(createTokenAction, {});
  return (
    <section className="space-y-4" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading" className="text-lg font-semibold">API tokens</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">For scripts and integrations: <code>Authorization: Bearer dh_…</code> on <code>/api/queue</code>, <code>/api/reviews</code> and the exports (<code>/api/export</code>, <code>/api/export/reviews.csv</code>).</p>
      <form action={action} className="flex items-end gap-2">
        <div className="flex-1"><Field label="Token name" name="name" maxLength={60} errors={state.error ? [state.error] : undefined} /></div>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-white">Create token</button>
      </form>
      {state.token ? (
        <p role="status" className="break-all rounded-md bg-emerald-50 p-3 text-sm dark:bg-emerald-950">
          Copy it now, it will not be shown again: <code data-testid="new-token">{state.token}</code>
        </p>
      ) : null}
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {tokens.map((t) => (
          <li key={t.id} className="flex items-center justify-between py-2 text-sm">
            <span>{t.name} <code className="text-slate-500">{t.prefix}…</code> · last used {t.lastUsedAt ? new Date(t.lastUsedAt).toLocaleString() : "never"}</span>
            <form action={revokeTokenAction}><input type="hidden" name="id" value={t.id} /><button className="text-red-600 underline">Revoke</button></form>
          </li>
        ))}
      </ul>
    </section>
  );
}
