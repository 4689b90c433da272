"use client";
import { useState, useTransition } from "react";
import Link from "next/link";
import { cardAction } from "@/lib/review/actions";
import type { TParkedCard } from "@/lib/review/list-parked";

/** Unsuspend or unbury, one card at a time; each is journaled like any card action, so Undo on the review screen reverses it. */
export function ParkedList({ cards: initial }: { cards: TParkedCard[] }) {
  const [cards, setCards] = useState(initial);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const act = (c: TParkedCard, action: "unsuspend" | "unbury") =>
    startTransition(async () => {
      const r = await cardAction({ cardId: c.id, action });
      if (!r.ok) return setMessage(r.error);
      setCards((list) =>
        list.flatMap((x) => {
          if (x.id !== c.id) return [x];
          const y = action === "unsuspend" ? { ...x, suspended: false, leech: false } : { ...x, buriedUntil: null };
          return y.suspended || y.buriedUntil ? [y] : [];
        }),
      );
      setMessage(`${action === "unsuspend" ? "Unsuspended" : "Unburied"}: ‘${c.prompt}’. It is back in your reviews.`);
    });
  return (
    <div className="space-y-3">
      <p aria-live="polite" className="text-sm" data-testid="parked-message">
        {message}
      </p>
      {cards.length === 0 ? (
        <p>
          Nothing is suspended or buried.{" "}
          <Link href="/review" className="text-brand-700 underline dark:text-brand-300">
            Back to review
          </Link>
        </p>
      ) : (
        <ul className="divide-y divide-slate-300 dark:divide-slate-700" aria-label="Parked cards">
          {cards.map((c) => (
            <li
              key={c.id}
              className="flex flex-wrap items-center justify-between gap-2 py-3"
              data-testid="parked-card"
              data-card-id={c.id}
            >
              <div>
                <p className="font-medium">{c.prompt}</p>
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {c.lesson} · {c.suspended ? (c.leech ? "suspended as a leech" : "suspended") : null}
                  {c.suspended && c.buriedUntil ? " · " : null}
                  {c.buriedUntil ? (
                    <>
                      buried until <time dateTime={c.buriedUntil}>{new Date(c.buriedUntil).toLocaleString()}</time>
                    </>
                  ) : null}
                </p>
              </div>
              <div className="flex gap-2">
                {c.suspended ? (
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() => act(c, "unsuspend")}
                    className="rounded-md border border-slate-400 px-3 py-1 text-sm dark:border-slate-600"
                  >
                    Unsuspend
                  </button>
                ) : null}
                {c.buriedUntil ? (
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() => act(c, "unbury")}
                    className="rounded-md border border-slate-400 px-3 py-1 text-sm dark:border-slate-600"
                  >
                    Unbury
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
