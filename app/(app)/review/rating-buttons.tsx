const LABELS = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const;

type TProps = {
  intervals: Record<1 | 2 | 3 | 4, string>; suggested: number | null; selected: number | null;
  onRate: (r: number) => void; disabled: boolean;
};

/** Four ratings with the interval each would give; the scorer's suggestion is preselected, never forced. */
export function RatingButtons({ intervals, suggested, selected, onRate, disabled }: TProps) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">How well did you know it?{suggested ? ` Suggested: ${LABELS[suggested as 1]}` : ""}</legend>
      <div className="grid grid-cols-4 gap-2">
        {([1, 2, 3, 4] as const).map((r) => (
          <button
            key={r}
            type="button"
            onClick={() => onRate(r)}
            disabled={disabled}
            aria-pressed={selected === r}
            aria-keyshortcuts={String(r)}
            className="rounded-md border border-slate-300 px-2 py-2 text-sm aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:font-semibold disabled:opacity-60 dark:border-slate-700 dark:aria-pressed:bg-slate-800"
          >
            <span className="block">{r} · {LABELS[r]}</span>
            <span className="block text-xs text-slate-500">{intervals[r]}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
