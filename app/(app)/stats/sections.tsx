// The Stats widgets: each awaits its own loader, so the page streams them in
// as they are ready. Charts are client components; the numbers are also
// rendered here as tables or summaries (the text alternative).
import { SeriesChart } from "@/lib/ui/charts/bar-chart";
import { HeatmapChart } from "@/lib/ui/charts/heatmap-chart";
import {
  loadCalendar,
  loadCardStats,
  loadChapters,
  loadForecast,
  loadInterviews,
  loadRetention,
  loadReviews,
  loadScorer,
  type TStatsUser,
} from "@/lib/stats/load-stats";
import { ReviewsChart } from "./reviews-chart";
import { DataTable, pct, Widget } from "./widget";
import { count } from "@/lib/ui/plural";

type TProps = { user: TStatsUser; now: Date; deckId?: string };

export async function ReviewsSection({ user, now, deckId }: TProps) {
  const days = await loadReviews(user, now, deckId);
  return (
    <Widget id="reviews" title="Reviews per day">
      <ReviewsChart days={days} />
    </Widget>
  );
}

export async function CalendarSection({ user, now }: TProps) {
  const { days, streaks } = await loadCalendar(user, now);
  const active = days.filter((d) => d.count > 0);
  const total = active.reduce((s, d) => s + d.count, 0);
  const summary = `Last year: reviews on ${active.length} of 365 days, ${total} in all. Current streak ${count(streaks.current, "day")}, longest ${count(streaks.longest, "day")}.`;
  return (
    <Widget id="calendar" title="Calendar">
      <div className="flex gap-6">
        <p>
          <span className="text-2xl font-bold" data-testid="streak-current">
            {streaks.current}
          </span>{" "}
          <span className="text-sm text-slate-600 dark:text-slate-400">day current streak</span>
        </p>
        <p>
          <span className="text-2xl font-bold" data-testid="streak-longest">
            {streaks.longest}
          </span>{" "}
          <span className="text-sm text-slate-600 dark:text-slate-400">day longest streak</span>
        </p>
      </div>
      <p className="sr-only">{summary}</p>
      <HeatmapChart testId="chart-calendar" days={days} summary={summary} />
      <DataTable
        hidden
        caption="Reviews by month, last year"
        head={["Month", "Days with reviews", "Reviews"]}
        rows={byMonth(days)}
      />
    </Widget>
  );
}

function byMonth(days: { day: string; count: number }[]) {
  const months = new Map<string, [number, number]>();
  for (const d of days) {
    const m = months.get(d.day.slice(0, 7)) ?? [0, 0];
    if (d.count) {
      m[0]++;
      m[1] += d.count;
    }
    months.set(d.day.slice(0, 7), m);
  }
  return [...months].reverse().map(([month, [active, reviews]]) => [month, active, reviews]);
}

export async function ForecastSection({ user, now, deckId }: TProps) {
  const days = await loadForecast(user, now, deckId);
  const total = days.reduce((s, d) => s + d.due, 0);
  const summary = `Next 30 days: ${count(total, "review")} due, ${days[0]?.due ?? 0} today, ${days.slice(0, 7).reduce((s, d) => s + d.due, 0)} this week.`;
  return (
    <Widget id="forecast" title="Forecast">
      <p className="text-sm text-slate-600 dark:text-slate-400">{summary}</p>
      <SeriesChart
        testId="chart-forecast"
        labels={days.map((d) => d.day.slice(5))}
        summary={summary}
        yTitle="cards due"
        series={[{ label: "Due", data: days.map((d) => d.due) }]}
      />
      <DataTable hidden caption="Cards due per day" head={["Day", "Due"]} rows={days.map((d) => [d.day, d.due])} />
    </Widget>
  );
}

export async function RetentionSection({ user, now, deckId }: TProps) {
  const { rows, desired } = await loadRetention(user, now, deckId);
  const cell = (p: { passed: number; failed: number; rate: number | null }) =>
    p.rate === null ? "–" : `${pct(p.rate)} (${p.passed}/${p.passed + p.failed})`;
  return (
    <Widget id="retention" title="True retention">
      <p className="text-sm">
        Requested (desired retention): <strong data-testid="desired-retention">{pct(desired)}</strong>. Measured below:
        the first review of each card each day, Again is a fail; mature means an interval of 21 days or more.
      </p>
      <DataTable
        caption="True retention, young and mature cards"
        head={["Period", "Young", "Mature", "All"]}
        rows={rows.map((r) => [r.label, cell(r.young), cell(r.mature), cell(r.total)])}
      />
    </Widget>
  );
}

export async function CardsSection({ user, now, deckId }: TProps) {
  const d = await loadCardStats(user, now, deckId);
  const c = d.counts;
  const states: [string, number][] = [
    ["New", c.new],
    ["Learning", c.learning],
    ["Review", c.review],
    ["Relearning", c.relearning],
    ["Suspended", c.suspended],
    ["Leech", c.leech],
    ["Buried", c.buried],
  ];
  const hist = (title: string, id: string, bins: { label: string; count: number }[], unit: string) => {
    const summary = `${title} of ${bins.reduce((s, b) => s + b.count, 0)} reviewed cards: ${
      bins
        .filter((b) => b.count)
        .map((b) => `${b.count} at ${b.label}`)
        .join(", ") || "none yet"
    }.`;
    return (
      <div className="space-y-1">
        <h3 className="text-sm font-medium">{title}</h3>
        <SeriesChart
          testId={`chart-${id}`}
          height={160}
          labels={bins.map((b) => b.label)}
          summary={summary}
          yTitle={unit}
          series={[{ label: "Cards", data: bins.map((b) => b.count) }]}
        />
        <DataTable hidden caption={title} head={[title, "Cards"]} rows={bins.map((b) => [b.label, b.count])} />
      </div>
    );
  };
  return (
    <Widget id="cards" title="Cards">
      <DataTable caption="Card counts by state" head={["State", "Cards"]} rows={[...states, ["All", c.total]]} />
      <div className="grid gap-4 md:grid-cols-3">
        {hist("Stability", "stability", d.stability, "cards")}
        {hist("Difficulty", "difficulty", d.difficulty, "cards")}
        {hist("Retrievability now", "retrievability", d.retrievability, "cards")}
      </div>
    </Widget>
  );
}

export async function ChaptersSection({ user, now, deckId }: TProps) {
  const rows = await loadChapters(user, now, deckId);
  return (
    <Widget id="chapters" title="Per chapter">
      <DataTable
        caption="Per chapter: cards seen, recall now, lapses, most given wrong answer"
        head={["Chapter", "Seen", "Recall now", "Lapses", "Common wrong answer given most"]}
        rows={rows.map((r) => [
          `${r.number}. ${r.title}`,
          `${r.seen} / ${r.total}`,
          pct(r.meanRecall),
          r.lapses,
          r.topWrong ? `“${r.topWrong.wrongAnswer}” ×${r.topWrong.count}` : "–",
        ])}
      />
    </Widget>
  );
}

export async function ScorerSection({ user, deckId }: { user: TStatsUser; deckId?: string }) {
  const s = await loadScorer(user, deckId);
  const o = s.overall;
  const summary = s.scoresByRating
    .map(
      (r) =>
        `${["Again", "Hard", "Good", "Easy"][r.rating - 1]}: ${r.meanScore === null ? "no scored answers" : `mean score ${Math.round(r.meanScore)} over ${r.count}`}`,
    )
    .join("; ");
  return (
    <Widget id="scorer" title="The scorer and you">
      {o.total === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Type answers during review and this shows how often you overrule the suggested rating.
        </p>
      ) : (
        <>
          <p className="text-sm" data-testid="override-summary">
            You overruled the suggested rating on {pct(o.overruledRate)} of {count(o.total, "typed answer")} (daily
            reviews and interview corrections): {count(o.tooHarsh, "time")} upward (the scorer was too harsh),{" "}
            {count(o.tooLenient, "time")} downward (too lenient).
          </p>
          <DataTable
            caption="Overrides of the suggested rating by chapter"
            head={["Chapter", "Typed answers", "Agreed", "Too harsh", "Too lenient", "Overruled"]}
            rows={s.byChapter.map((c) => [c.title, c.total, c.agreed, c.tooHarsh, c.tooLenient, pct(c.overruledRate)])}
          />
          <h3 className="text-sm font-medium">Score of typed answers by the rating you chose</h3>
          <SeriesChart
            testId="chart-scores"
            height={160}
            labels={["Again", "Hard", "Good", "Easy"]}
            summary={summary}
            yTitle="mean score"
            yMax={100}
            series={[
              {
                label: "Mean score",
                data: s.scoresByRating.map((r) => (r.meanScore === null ? null : Math.round(r.meanScore))),
              },
            ]}
          />
          <DataTable
            hidden
            caption="Mean score by chosen rating"
            head={["Rating", "Answers", "Mean score"]}
            rows={s.scoresByRating.map((r) => [
              ["Again", "Hard", "Good", "Easy"][r.rating - 1]!,
              r.count,
              r.meanScore === null ? "–" : Math.round(r.meanScore),
            ])}
          />
        </>
      )}
    </Widget>
  );
}

export async function InterviewsSection({ user }: { user: TStatsUser }) {
  const rows = await loadInterviews(user);
  if (!rows.length) return null;
  const labels = rows.map((r) => r.finishedAt.toISOString().slice(0, 10));
  const summary = `${count(rows.length, "finished interview")}; latest score ${rows.at(-1)!.score}, best ${Math.max(...rows.map((r) => r.score))}.`;
  return (
    <Widget id="interviews" title="Interviews: score trend">
      <p className="text-sm text-slate-600 dark:text-slate-400">{summary}</p>
      <SeriesChart
        testId="chart-interviews"
        kind="line"
        labels={labels}
        summary={summary}
        yMax={100}
        yTitle="score"
        series={[{ label: "Score", data: rows.map((r) => r.score) }]}
      />
      <DataTable
        hidden
        caption="Interview scores"
        head={["Finished", "Score"]}
        rows={rows.map((r, i) => [labels[i]!, r.score])}
      />
    </Widget>
  );
}
