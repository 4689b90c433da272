import type { Metadata } from "next";
import { Suspense } from "react";
import { requireUser } from "@/lib/auth/session";
import {
  CalendarSection,
  CardsSection,
  ChaptersSection,
  ForecastSection,
  InterviewsSection,
  RetentionSection,
  ReviewsSection,
  ScorerSection,
} from "./sections";
import { WidgetLoading } from "./widget";
import { DeckFilter } from "@/lib/ui/deck-filter";
import { getStatsDecks } from "@/lib/stats/get-stats-decks";

export const metadata: Metadata = { title: "Stats" };

export default async function StatsPage({ searchParams }: { searchParams: Promise<{ deck?: string | string[] }> }) {
  const user = await requireUser();
  const { deck: param } = await searchParams;
  const { decks, deck } = await getStatsDecks(user.id, typeof param === "string" ? param : undefined);
  // One instant for every widget, so they agree on "today" and share reads.
  const now = new Date();
  const p = { user, now, deckId: deck?.id };
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">
          Stats{deck ? <span className="text-slate-600 dark:text-slate-400"> · {deck.name}</span> : null}
        </h1>
        <DeckFilter action="/stats" decks={decks} deckId={deck?.id} />
      </div>
      {deck ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The calendar, streaks and interview scores count every deck.
        </p>
      ) : null}
      <Suspense fallback={<WidgetLoading title="Reviews per day" />}>
        <ReviewsSection {...p} />
      </Suspense>
      <Suspense fallback={<WidgetLoading title="Calendar" />}>
        <CalendarSection {...p} />
      </Suspense>
      <Suspense fallback={<WidgetLoading title="Forecast" />}>
        <ForecastSection {...p} />
      </Suspense>
      <Suspense fallback={<WidgetLoading title="True retention" />}>
        <RetentionSection {...p} />
      </Suspense>
      <Suspense fallback={<WidgetLoading title="Cards" />}>
        <CardsSection {...p} />
      </Suspense>
      <Suspense fallback={<WidgetLoading title="Per chapter" />}>
        <ChaptersSection {...p} />
      </Suspense>
      <Suspense fallback={<WidgetLoading title="The scorer and you" />}>
        <ScorerSection user={user} deckId={deck?.id} />
      </Suspense>
      <Suspense fallback={null}>
        <InterviewsSection user={user} />
      </Suspense>
    </div>
  );
}
