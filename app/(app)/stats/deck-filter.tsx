// A plain GET form, so choosing a deck works without JavaScript and the URL can be shared.
export function DeckFilter({ decks, deckId }: { decks: { id: string; name: string }[]; deckId?: string }) {
  if (decks.length < 2) return null;
  return (
    <form method="get" action="/stats" className="flex flex-wrap items-end gap-2 text-sm">
      <label className="flex flex-col gap-1">
        <span className="font-medium">Deck</span>
        <select name="deck" defaultValue={deckId ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900">
          <option value="">All decks</option>
          {decks.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">Show</button>
    </form>
  );
}
