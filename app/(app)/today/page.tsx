import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getToday } from "@/lib/review/get-today";
import { listDecks } from "@/lib/decks/list-decks";
import { greeting } from "@/lib/review/greeting";

export const metadata: Metadata = { title: "Today" };

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <p className="text-3xl font-bold" data-testid={testId}>
        {value}
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">{label}</p>
    </div>
  );
}

export default async function TodayPage() {
  const user = await requireUser();
  const now = new Date();
  const [today, decks] = await Promise.all([getToday(db(), user, now), listDecks(db(), user.id, now)]);
  const anything = today.total > 0;
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Today</h1>
        <p className="text-slate-700 dark:text-slate-300" data-testid="greeting">
          {greeting(user.name, today.started)}
        </p>
      </div>
      <div className="grid grid-cols-3 gap-3">
        <Stat label="due (reviews and learning)" value={today.due + today.learning} testId="due-count" />
        <Stat label="new left today" value={today.new} testId="new-count" />
        <Stat label="day streak" value={today.streak} testId="streak" />
      </div>
      {anything ? (
        <Link
          href="/review"
          className="inline-block rounded-md bg-brand-700 px-5 py-3 font-medium text-white hover:bg-brand-800"
        >
          Start review
        </Link>
      ) : (
        <p>
          Nothing due right now. New cards: {user.newPerDay} a day (Settings).{" "}
          <Link href="/lessons" className="text-brand-700 underline dark:text-brand-300">
            Browse the lessons
          </Link>
        </p>
      )}
      {decks.length > 1 ? (
        <nav aria-label="Study one deck" className="space-y-1">
          <h2 className="text-sm font-semibold">Or one deck</h2>
          <ul className="flex flex-wrap gap-2" data-testid="today-decks">
            {decks
              .filter((d) => d.cards > 0)
              .map((d) => (
                <li key={d.id}>
                  <Link
                    href={`/review?deck=${d.id}`}
                    className="inline-block max-w-[16rem] truncate rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700"
                  >
                    {d.name} · {d.due} due
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
      ) : null}
      {/* The same counts the review queue uses (lib/review/due-rules.ts, daily-counts.ts). */}
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="done-today">
        Answered today: {today.doneToday} · new cards today: {today.newDoneToday} of {user.newPerDay}
      </p>
    </section>
  );
}
