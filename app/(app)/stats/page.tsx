import type { Metadata } from "next";
import { Suspense } from "react";
import { requireUser } from "@/lib/auth/session";
import {
  CalendarSection, CardsSection, ChaptersSection, ForecastSection, InterviewsSection, RetentionSection, ReviewsSection, ScorerSection,
} from "./sections";
import { WidgetLoading } from "./widget";

export const metadata: Metadata = { title: "Stats" };

export default async function StatsPage() {
  const user = await requireUser();
  // One instant for every widget, so they agree on "today" and share reads.
  const now = new Date();
  const p = { user, now };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Stats</h1>
      <Suspense fallback={<WidgetLoading title="Reviews per day" />}><ReviewsSection {...p} /></Suspense>
      <Suspense fallback={<WidgetLoading title="Calendar" />}><CalendarSection {...p} /></Suspense>
      <Suspense fallback={<WidgetLoading title="Forecast" />}><ForecastSection {...p} /></Suspense>
      <Suspense fallback={<WidgetLoading title="True retention" />}><RetentionSection {...p} /></Suspense>
      <Suspense fallback={<WidgetLoading title="Cards" />}><CardsSection {...p} /></Suspense>
      <Suspense fallback={<WidgetLoading title="Per chapter" />}><ChaptersSection {...p} /></Suspense>
      <Suspense fallback={<WidgetLoading title="The scorer and you" />}><ScorerSection user={user} /></Suspense>
      <Suspense fallback={null}><InterviewsSection user={user} /></Suspense>
    </div>
  );
}
