import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { cardInfo } from "@/lib/cards/card-info";
import { verdictLabel } from "@/lib/ui/verdict-label";
import { recallText } from "@/lib/cards/recall-text";
import { makeRetrievability } from "@/lib/stats/retrievability";
import { formatDays, ratingName, stateName } from "@/lib/cards/labels";

export const metadata: Metadata = { title: "Card info" };

// A typed answer whose chosen rating is not the one the scorer suggested (a daily choice or an interview correction).
const overrode = (l: { rating: number; suggestedRating: number | null; answer: string | null }) =>
  l.answer !== null && l.suggestedRating !== null && l.rating !== l.suggestedRating;

export default async function CardInfoPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const now = new Date();
  const card = await cardInfo(db(), user, id.slice(0, 64), now);
  if (!card) notFound();
  const facts: [string, string][] = [
    ["Chapter", `${card.question.lesson.number}. ${card.question.lesson.title}`],
    [
      "State",
      stateName(card.state) +
        (card.suspended ? " · suspended" : "") +
        (card.leech ? " · leech" : "") +
        (card.buriedUntil && card.buriedUntil > now ? " · buried" : ""),
    ],
    ["Due", card.state === 0 ? "new card" : card.due.toISOString().replace("T", " ").slice(0, 16) + " UTC"],
    ["Recall", recallText(card, makeRetrievability(user.fsrsWeights), now)],
    ["Stability", card.state === 0 ? "–" : formatDays(card.stability)],
    ["Difficulty", card.state === 0 ? "–" : card.difficulty.toFixed(2)],
    ["Reviews / lapses", `${card.reps} / ${card.lapses}`],
  ];
  return (
    <div className="space-y-6">
      <p>
        <Link href="/cards" className="text-sm text-brand-700 dark:text-brand-300 underline">
          ← All cards
        </Link>
      </p>
      <h1 className="text-xl font-semibold" data-testid="card-prompt">
        {card.question.prompt}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{k}</dt>
            <dd data-testid={`fact-${k.split(" ")[0]!.toLowerCase()}`}>{v}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="answers-h" className="space-y-2 text-sm">
        <h2 id="answers-h" className="text-lg font-semibold">
          Answers
        </h2>
        <div>
          <p className="font-medium">Model answer</p>
          <p className="whitespace-pre-wrap" data-testid="model-answer">
            {card.question.modelAnswer}
          </p>
        </div>
        {card.question.wrongAnswer ? (
          <div>
            <p className="font-medium">Common wrong answer to avoid</p>
            <p className="whitespace-pre-wrap text-red-800 dark:text-red-300" data-testid="wrong-answer">
              {card.question.wrongAnswer}
            </p>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="history-h" className="space-y-2">
        <h2 id="history-h" className="text-lg font-semibold">
          Reviews
        </h2>
        {card.logs.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Not reviewed yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  {[
                    "Date",
                    "Rating",
                    "Suggested",
                    "Typed answer",
                    "Score",
                    "Verdict",
                    "Interval",
                    "Stability after",
                    "Difficulty after",
                    "Source",
                  ].map((h) => (
                    <th key={h} scope="col" className="py-1 pr-3 font-medium whitespace-nowrap">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {card.logs.map((l) => (
                  <tr
                    key={l.id}
                    data-testid="review-row"
                    data-undone={l.undone || undefined}
                    className={`border-b border-slate-100 align-top dark:border-slate-900 ${l.undone ? "text-slate-400 line-through dark:text-slate-600" : ""}`}
                  >
                    <td className="py-1 pr-3 whitespace-nowrap">
                      {l.review.toISOString().replace("T", " ").slice(0, 16)}
                      {l.undone ? <span className="ml-1 no-underline">(undone)</span> : null}
                    </td>
                    <td className="py-1 pr-3">
                      {ratingName(l.rating)}
                      {overrode(l) ? (
                        <span className="block text-xs text-amber-800 dark:text-amber-300" data-testid="overrode">
                          you overrode the scorer
                        </span>
                      ) : null}
                    </td>
                    <td className="py-1 pr-3">{ratingName(l.suggestedRating)}</td>
                    <td className="max-w-xs py-1 pr-3 break-words">{l.answer ?? "–"}</td>
                    <td className="py-1 pr-3 tabular-nums">{l.score ?? "–"}</td>
                    <td className="py-1 pr-3" data-testid="verdict">
                      {verdictLabel(l.verdict)}
                    </td>
                    <td className="py-1 pr-3 whitespace-nowrap">{formatDays(l.intervalDays)}</td>
                    <td className="py-1 pr-3 tabular-nums">{l.after ? formatDays(l.after.stability) : "–"}</td>
                    <td className="py-1 pr-3 tabular-nums">{l.after ? l.after.difficulty.toFixed(2) : "–"}</td>
                    <td className="py-1 pr-3">{l.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
