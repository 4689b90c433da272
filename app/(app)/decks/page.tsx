import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listDecks } from "@/lib/decks/list-decks";
import { listTeams } from "@/lib/teams/list-teams";
import { MAX_CARDS_PER_DECK, MAX_DECKS_PER_USER } from "@/lib/decks/limits";
import { NewDeckForm } from "./new-deck-form";
import { AnkiImportForm } from "./anki-import-form";
import { count } from "@/lib/ui/plural";

export const metadata: Metadata = { title: "Decks" };

export default async function DecksPage() {
  const user = await requireUser();
  const [decks, teams] = await Promise.all([listDecks(db(), user.id, new Date()), listTeams(db(), user.id)]);
  const adminOf = teams
    .filter((t) => t.role === "owner" || t.role === "admin")
    .map((t) => ({ slug: t.slug, name: t.name }));
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Decks</h1>
        <p className="text-slate-600 dark:text-slate-400">
          The course, your own decks and your teams&apos; decks. Up to {count(MAX_DECKS_PER_USER, "deck")} of your own,{" "}
          {count(MAX_CARDS_PER_DECK, "card")} each.
        </p>
      </header>
      <ul
        className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
        data-testid="deck-list"
      >
        {decks.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link
              href={`/decks/${d.id}`}
              className="min-w-0 truncate font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
            >
              {d.name}
            </Link>
            <span className="flex items-center gap-3 text-sm text-slate-600 dark:text-slate-400">
              <span>
                {d.kind === "course" ? "course" : d.teamSlug ? `team ${d.teamSlug}` : "private"} ·{" "}
                {count(d.cards, "card")} · {d.due} due
              </span>
              {d.cards > 0 ? (
                <Link
                  href={`/review?deck=${d.id}`}
                  className="rounded-md border border-slate-300 px-2 py-1 dark:border-slate-700"
                >
                  Study
                </Link>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <div className="grid gap-8 sm:grid-cols-2">
        <section aria-labelledby="new-deck" className="space-y-2">
          <h2 id="new-deck" className="text-lg font-semibold">
            New deck
          </h2>
          <NewDeckForm teams={adminOf} />
        </section>
        <section aria-labelledby="anki" className="space-y-2">
          <h2 id="anki" className="text-lg font-semibold">
            Import from Anki
          </h2>
          <AnkiImportForm />
        </section>
      </div>
    </div>
  );
}
