import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getCardsPage } from "@/lib/cards/get-cards-page";
import { CARD_FLAGS, CARD_SORTS, CARD_STATES, parseCardQuery, type TCardQuery } from "@/lib/cards/browse-schema";
import { CardTable } from "./card-table";
import { count } from "@/lib/ui/plural";

export const metadata: Metadata = { title: "Cards" };

const input = "rounded-md border border-slate-300 bg-transparent px-2 py-1.5 text-sm dark:border-slate-700";

export default async function CardsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const q = parseCardQuery(await searchParams);
  const now = new Date();
  const { result, lessons, decks } = await getCardsPage(user, q, now);
  const pageHref = (page: number) =>
    `/cards?${new URLSearchParams({
      ...Object.fromEntries(
        Object.entries(q)
          .filter(([, v]) => v !== undefined && v !== "")
          .map(([k, v]) => [k, String(v)]),
      ),
      page: String(page),
    } as Record<string, string>)}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Cards</h1>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search" aria-label="Filter cards">
        <div className="flex flex-col text-sm">
          <label htmlFor="f-q">Search</label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={q.q}
            maxLength={200}
            placeholder="Question text"
            className={input}
          />
        </div>
        <div className="flex flex-col text-sm">
          <label htmlFor="f-deck">Deck</label>
          <select id="f-deck" name="deck" defaultValue={q.deck} className={input}>
            <option value="">All decks</option>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col text-sm">
          <label htmlFor="f-chapter">Chapter</label>
          <select id="f-chapter" name="chapter" defaultValue={q.chapter} className={input}>
            <option value="">All chapters</option>
            {lessons.map((l) => (
              <option key={l.slug} value={l.slug}>
                {l.number}. {l.title}
              </option>
            ))}
          </select>
        </div>
        <Select name="state" label="State" value={q.state} options={CARD_STATES} all="Any state" />
        <Select name="flag" label="Flag" value={q.flag} options={CARD_FLAGS} all="Any" />
        <Select name="sort" label="Sort by" value={q.sort} options={CARD_SORTS} />
        <div className="flex flex-col text-sm">
          <label htmlFor="f-dir">Order</label>
          <select id="f-dir" name="dir" defaultValue={q.dir} className={input}>
            <option value="asc">Ascending</option>
            <option value="desc">Descending</option>
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white">
          Apply
        </button>
      </form>
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="card-total">
        {count(result.total, "card")} · page {result.page} of {result.pages}
        {result.capped ? " · retrievability order among the 20,000 cards due first" : ""}
      </p>
      <CardTable rows={result.rows} />
      <Pager q={q} pages={result.pages} href={pageHref} />
    </div>
  );
}

function Select({
  name,
  label,
  value,
  options,
  all,
}: {
  name: string;
  label: string;
  value?: string;
  options: readonly string[];
  all?: string;
}) {
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={input}>
        {all ? <option value="">{all}</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {o[0]!.toUpperCase() + o.slice(1)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Pager({ q, pages, href }: { q: TCardQuery; pages: number; href: (p: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex gap-3 text-sm">
      {q.page > 1 ? (
        <Link href={href(q.page - 1)} className="text-brand-700 dark:text-brand-300 underline">
          ← Previous
        </Link>
      ) : null}
      {q.page < pages ? (
        <Link href={href(q.page + 1)} className="text-brand-700 dark:text-brand-300 underline">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
