"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormMessage, SubmitButton } from "@/lib/ui/form";
import { callApi } from "@/lib/decks/api-client";

export function NewDeckForm({ teams }: { teams: { slug: string; name: string }[] }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const teamSlug = String(form.get("teamSlug") ?? "");
    setPending(true);
    const r = await callApi<{ id: string }>("/api/decks", {
      method: "POST",
      body: { name: String(form.get("name") ?? ""), ...(teamSlug ? { teamSlug } : {}) },
    });
    setPending(false);
    if (!r.ok) return setError(r.error.message);
    router.push(`/decks/${r.data.id}`);
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <Field label="Deck name" name="name" maxLength={100} required />
      {teams.length ? (
        <div className="space-y-1">
          <label htmlFor="teamSlug" className="block text-sm font-medium">
            Owner
          </label>
          <select
            id="teamSlug"
            name="teamSlug"
            className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="">Just me (private)</option>
            {teams.map((t) => (
              <option key={t.slug} value={t.slug}>
                Team: {t.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <FormMessage message={error} />
      <div className="sm:max-w-xs">
        <SubmitButton pending={pending}>Create deck</SubmitButton>
      </div>
    </form>
  );
}
