"use client";
// Add or edit a card: question, model answer, common wrong answer and the
// author's examples for the scorer (one per line, "+" accepted, "-" rejected).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/lib/ui/form";
import { callApi } from "@/lib/decks/api-client";

export type TCardValues = { id?: string; question: string; answer: string; wrongAnswer: string | null };
const AREA =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900";

function parseExamples(text: string) {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ answer: l.replace(/^[+-]\s*/, ""), grade: l.startsWith("-") ? 0 : 5 }));
}

export function CardForm({ deckId, card, onDone }: { deckId: string; card?: TCardValues; onDone?: () => void }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const prefix = card?.id ? `edit-${card.id}` : "new";
  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const f = new FormData(formEl);
    const examples = parseExamples(String(f.get("examples") ?? ""));
    const body = {
      question: String(f.get("question") ?? ""),
      answer: String(f.get("answer") ?? ""),
      wrongAnswer: String(f.get("wrongAnswer") ?? "").trim() || (card ? null : undefined),
      ...(examples.length ? { examples } : {}),
    };
    setPending(true);
    const r = card?.id
      ? await callApi(`/api/cards/${card.id}`, { method: "PATCH", body })
      : await callApi(`/api/decks/${deckId}/cards`, { method: "POST", body });
    setPending(false);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    if (!card) formEl.reset();
    onDone?.();
    router.refresh();
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <Area id={`${prefix}-question`} name="question" label="Question" defaultValue={card?.question} rows={2} />
      <Area id={`${prefix}-answer`} name="answer" label="Model answer" defaultValue={card?.answer} rows={3} />
      <Area
        id={`${prefix}-wrong`}
        name="wrongAnswer"
        label="Common wrong answer (optional)"
        defaultValue={card?.wrongAnswer ?? ""}
        rows={2}
      />
      <Area
        id={`${prefix}-examples`}
        name="examples"
        label="Example answers for the scorer (optional; one a line, start with - for a wrong one)"
        rows={2}
      />
      <FormMessage message={error} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {card ? "Save card" : "Add card"}
      </button>
    </form>
  );
}

function Area({
  id,
  name,
  label,
  defaultValue,
  rows,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  rows: number;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea id={id} name={name} rows={rows} defaultValue={defaultValue} maxLength={5_000} className={AREA} />
    </div>
  );
}
