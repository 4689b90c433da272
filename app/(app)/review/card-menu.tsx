"use client";
import { cardAction } from "@/lib/review/actions";

const ACTIONS = [
  ["bury", "Bury until tomorrow"],
  ["suspend", "Suspend"],
  ["forget", "Forget (reset)"],
] as const;

/** Per-card actions; each one takes the card out of the current queue. */
export function CardMenu({ cardId, onDone }: { cardId: string; onDone: (message: string) => void }) {
  return (
    <div className="flex flex-wrap gap-3 text-sm">
      {ACTIONS.map(([action, label]) => (
        <button
          key={action}
          type="button"
          className="text-slate-600 underline dark:text-slate-400"
          onClick={async () => {
            const r = await cardAction({ cardId, action });
            onDone(r.ok ? `${label}: done.` : "That card is not in your deck.");
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
