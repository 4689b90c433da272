export function ProgressBar({ done, remaining }: { done: number; remaining: number }) {
  const total = done + remaining;
  const pct = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <div>
      <div className="flex justify-between text-xs text-slate-500">
        <span>{done} reviewed</span>
        <span>{remaining} left</span>
      </div>
      <div role="progressbar" aria-label="Session progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="mt-1 h-2 rounded bg-slate-200 dark:bg-slate-800">
        <div className="h-2 rounded bg-brand-500 transition-all" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
