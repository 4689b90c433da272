const KEYS = [
  ["Ctrl/⌘+Enter", "show answer / accept"],
  ["Esc", "leave the answer box"],
  ["Space", "show answer, then accept the suggestion"],
  ["1–4", "rate"],
  ["Ctrl/⌘+Z or U", "undo"],
] as const;

/** The review keys, always on screen (shortcuts act outside the answer box, except the Ctrl/⌘ ones). */
export function KeyLegend() {
  return (
    <details className="text-sm text-slate-700 dark:text-slate-300">
      <summary className="cursor-pointer">Keyboard shortcuts</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {KEYS.map(([k, what]) => (
          <div key={k} className="contents">
            <dt><kbd className="rounded border border-slate-400 px-1 font-mono text-xs dark:border-slate-500">{k}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
