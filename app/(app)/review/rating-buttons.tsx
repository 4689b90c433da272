import type { RefObject } from "react";

export const RATING_LABELS = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const;

type TProps = {
  intervals: Record<1 | 2 | 3 | 4, string>;
  suggested: number | null;
  selected: number;
  onRate: (r: number) => void;
  disabled: boolean;
  selectedRef: RefObject<HTMLButtonElement | null>;
};

/** Four ratings with the interval each gives; the scorer's suggestion (else Good) is preselected, never forced. */
export function RatingButtons({ intervals, suggested, selected, onRate, disabled, selectedRef }: TProps) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">
        How well did you know it?{suggested ? ` Suggested: ${RATING_LABELS[suggested as 1]}` : ""}
        <span className="font-normal text-slate-700 dark:text-slate-300">
          {" "}
          (Space accepts {RATING_LABELS[selected as 1]})
        </span>
      </legend>
      <div className="grid grid-cols-4 gap-2">
        {([1, 2, 3, 4] as const).map((r) => (
          <button
            key={r}
            ref={selected === r ? selectedRef : undefined}
            type="button"
            onClick={() => onRate(r)}
            disabled={disabled}
            aria-pressed={selected === r}
            aria-keyshortcuts={String(r)}
            data-testid={`rate-${r}`}
            className="rounded-md border border-slate-400 px-2 py-2 text-sm aria-pressed:border-2 aria-pressed:border-brand-700 aria-pressed:bg-brand-50 aria-pressed:font-semibold disabled:opacity-60 dark:border-slate-600 dark:aria-pressed:border-brand-500 dark:aria-pressed:bg-slate-800"
          >
            <span className="block">
              {r} · {RATING_LABELS[r]}
            </span>
            <span className="block text-xs text-slate-700 dark:text-slate-300" data-testid={`interval-${r}`}>
              {intervals[r]}
            </span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
