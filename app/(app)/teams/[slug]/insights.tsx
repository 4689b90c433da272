import Link from "next/link";
import type { TWeakChapter, TWrongAnswer } from "@/lib/teams/get-team-insights";
import { count } from "@/lib/ui/plural";

export function Insights({ weak, wrong }: { weak: TWeakChapter[]; wrong: TWrongAnswer[] }) {
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="weak" className="space-y-2">
        <h2 id="weak" className="text-lg font-semibold">
          Weakest chapters
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          What the team got wrong most in the last 30 days: reviews rated Again, typed answers judged wrong, the common
          wrong answer.
        </p>
        {weak.length === 0 ? (
          <p className="text-sm">Nothing missed in the last 30 days.</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {weak.map((c) => (
              <li key={c.slug} data-testid="weak-chapter">
                <Link href={`/lessons/${c.slug}`} className="text-brand-700 dark:text-brand-300 underline">
                  {c.number}. {c.title}
                </Link>
                <p className="tabular-nums text-slate-700 dark:text-slate-300">
                  {count(c.misses, "miss", "misses")} in {count(c.reviews, "review")}
                  {c.lapses ? ` · ${count(c.lapses, "lapse")}` : ""}
                  {c.wrongAnswers ? ` · ${count(c.wrongAnswers, "common wrong answer")}` : ""} ·{" "}
                  {count(c.members, "member")}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="wrong" className="space-y-2">
        <h2 id="wrong" className="text-lg font-semibold">
          Common wrong answers this month
        </h2>
        {wrong.length === 0 ? (
          <p className="text-sm">Nobody has given a known wrong answer this month.</p>
        ) : (
          <ul className="space-y-3 text-sm">
            {wrong.map((w) => (
              <li key={w.prompt} data-testid="wrong-answer">
                <p className="font-medium">{w.prompt}</p>
                <p className="text-slate-600 dark:text-slate-400">Misconception: {w.wrongAnswer}</p>
                <p className="tabular-nums">
                  {count(w.times, "time")} · {count(w.members, "member")} · {w.lesson}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
