const KEYS = [
  ["Ctrl/⌘+Enter", "show answer"],
  ["Space", "show, then accept"],
  ["1–4", "rate"],
  ["Ctrl/⌘+Z", "undo"],
  ["Esc", "leave the box"],
] as const;

/** The review keys, always on screen (outside the answer box only the Ctrl/⌘ chords act inside it). */
export function KeyLegend() {
  return (
    <dl
      aria-label="Keyboard shortcuts"
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
    >
      {KEYS.map(([k, what]) => (
        <div key={k} className="flex gap-1">
          <dt>
            <kbd className="rounded border border-slate-400 px-1 font-mono dark:border-slate-500">{k}</kbd>
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}
