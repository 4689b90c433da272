import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { getDeckPage } from "@/lib/decks/get-deck-page";
import { count } from "@/lib/ui/plural";
import { UploadPanel } from "./upload-panel";
import { CardForm } from "./card-form";
import { CardList } from "./card-list";

export const metadata: Metadata = { title: "Deck" };

export default async function DeckPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const page = await getDeckPage(db(), user.id, id).catch((e) => {
    if (e instanceof DomainError && e.code === "not_found") notFound();
    throw e;
  });
  const { deck, editable, chapters, cards } = page;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/decks" className="text-brand-700 underline dark:text-brand-300">
            Decks
          </Link>
        </p>
        <h1 className="text-2xl font-semibold break-words">{deck.name}</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {deck.kind === "course"
            ? "The built-in course (read-only)"
            : deck.team
              ? `Team deck of ${deck.team.name}`
              : "Private deck"}{" "}
          · {count(cards.length, "card")} · {count(chapters.length, "chapter")}
        </p>
        <div className="flex flex-wrap gap-2">
          {cards.length ? (
            <Link
              href={`/review?deck=${deck.id}`}
              className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
            >
              Study this deck
            </Link>
          ) : null}
          <a
            href={`/api/decks/${deck.id}/export`}
            className="rounded-md border border-slate-300 px-4 py-2 dark:border-slate-700"
          >
            Export as markdown
          </a>
        </div>
      </header>
      {chapters.length ? (
        <section aria-labelledby="chapters" className="space-y-2">
          <h2 id="chapters" className="text-lg font-semibold">
            Chapters
          </h2>
          <ul className="space-y-1 text-sm">
            {chapters.map((c) => (
              <li key={c.slug}>
                <Link href={`/lessons/${c.slug}`} className="text-brand-700 underline dark:text-brand-300">
                  {c.number}. {c.title}
                </Link>{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  ({c.file} · {count(c.questions, "question")})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {editable ? (
        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="upload" className="space-y-2">
            <h2 id="upload" className="text-lg font-semibold">
              Upload chapters
            </h2>
            <UploadPanel deckId={deck.id} />
          </section>
          <section aria-labelledby="add-card" className="space-y-2">
            <h2 id="add-card" className="text-lg font-semibold">
              Add a card
            </h2>
            <CardForm deckId={deck.id} />
          </section>
        </div>
      ) : null}
      <section aria-labelledby="cards" className="space-y-2">
        <h2 id="cards" className="text-lg font-semibold">
          Cards
        </h2>
        <CardList cards={cards} editable={editable} />
      </section>
    </div>
  );
}
