// A plain GET form, so choosing a deck works without JavaScript and the URL can be shared.
// `keep`: other query parameters the page should keep (e.g. the board's period).
type TProps = {
  action: string;
  decks: { id: string; name: string }[];
  deckId?: string;
  label?: string;
  keep?: Record<string, string>;
};

export function DeckFilter({ action, decks, deckId, label = "Deck", keep = {} }: TProps) {
  if (decks.length < 2) return null;
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2 text-sm">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="flex flex-col gap-1">
        <span className="font-medium">{label}</span>
        <select
          name="deck"
          defaultValue={deckId ?? ""}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
        >
          <option value="">All decks</option>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Show
      </button>
    </form>
  );
}
