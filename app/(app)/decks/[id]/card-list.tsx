"use client";
// Card text is rendered as React text: whatever a file or an Anki note held,
// "<img onerror=…>" shows as those characters and never runs.
import { useState } from "react";
import { CardForm } from "./card-form";
import type { TDeckPage } from "@/lib/decks/get-deck-page";

const STATE = ["new", "learning", "review", "relearning"];

export function CardList({ cards, editable }: { cards: TDeckPage["cards"]; editable: boolean }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (!cards.length) return <p className="text-sm text-slate-600 dark:text-slate-400">No cards yet.</p>;
  return (
    <ul
      className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
      data-testid="deck-cards"
    >
      {cards.map((c) => (
        <li key={c.id} className="space-y-1 px-4 py-3">
          <p className="font-medium whitespace-pre-wrap break-words" data-testid="card-question">
            {c.question}
          </p>
          <p className="text-sm whitespace-pre-wrap break-words text-slate-700 dark:text-slate-300">{c.answer}</p>
          {c.wrongAnswer ? (
            <p className="text-sm break-words text-slate-600 dark:text-slate-400">
              Common wrong answer: {c.wrongAnswer}
            </p>
          ) : null}
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {c.chapter} · {c.kind} · {STATE[c.state] ?? "?"}
          </p>
          {editable ? (
            editing === c.id ? (
              <CardForm
                deckId=""
                card={{ id: c.id, question: c.question, answer: c.answer, wrongAnswer: c.wrongAnswer }}
                onDone={() => setEditing(null)}
              />
            ) : (
              <button
                type="button"
                onClick={() => setEditing(c.id)}
                className="rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-700"
              >
                Edit
              </button>
            )
          ) : null}
        </li>
      ))}
    </ul>
  );
}
