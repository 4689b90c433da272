"use client";
import { useState } from "react";
import Link from "next/link";
import type { TCardAction } from "@/lib/review/card-actions";

const ACTIONS = [
  ["bury", "Bury until tomorrow"],
  ["suspend", "Suspend"],
  ["forget", "Forget (reset)…"],
] as const;

/** Per-card actions; each takes the card out of the queue and can be undone. Forget asks first. */
export function CardMenu({ onAction, disabled }: { onAction: (a: TCardAction) => void; disabled: boolean }) {
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <div role="group" aria-label="Confirm forget" className="flex flex-wrap items-center gap-3 text-sm">
        <span>Forget this card? It starts again as new (its history stays; Undo brings it back).</span>
        <button
          type="button"
          autoFocus
          className="rounded-md bg-red-700 px-3 py-1 text-white"
          onClick={() => {
            setConfirming(false);
            onAction("forget");
          }}
        >
          Yes, forget it
        </button>
        <button type="button" className="underline" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-3 text-sm">
      {ACTIONS.map(([action, label]) => (
        <button
          key={action}
          type="button"
          disabled={disabled}
          className="text-slate-700 underline dark:text-slate-300"
          onClick={() => (action === "forget" ? setConfirming(true) : onAction(action))}
        >
          {label}
        </button>
      ))}
      <Link href="/review/parked" className="text-slate-700 underline dark:text-slate-300">
        Suspended and buried cards
      </Link>
    </div>
  );
}
