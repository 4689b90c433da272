import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getInterviewPage } from "@/lib/interviews/get-interview-page";
import { StartForm } from "./start-form";
import { HistoryTable } from "./history-table";

export const metadata: Metadata = { title: "Interview" };

export default async function InterviewPage() {
  const user = await requireUser();
  const { history, lessons, decks } = await getInterviewPage(user.id);
  const running = history.find((h) => h.status === "running");
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-2xl font-semibold">Mock interview</h1>
        <p className="text-slate-600 dark:text-slate-400">
          Timed questions, one at a time, picked from what you are weakest at. Every answer is scored and, unless you
          turn it off in Settings, counts as a review of that card.
        </p>
        {running ? (
          <p
            role="status"
            className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200"
          >
            An interview is still running (its clock kept going).{" "}
            <Link href={`/interview/${running.id}`} className="font-medium underline">
              Resume it
            </Link>
            ; starting a new one ends it.
          </p>
        ) : null}
        {lessons.length ? (
          <StartForm
            decks={decks}
            lessons={lessons.map((l) => ({
              slug: l.slug,
              number: l.number,
              title: l.title,
              interview: l._count.questions,
            }))}
          />
        ) : (
          <p role="status" className="rounded-md bg-slate-100 p-3 dark:bg-slate-900">
            No chapters are imported yet, so there is nothing to ask. Import the course first (
            <code>npm run content -- import</code>).
          </p>
        )}
      </section>
      <section className="space-y-3" aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-semibold">
          Interview history
        </h2>
        {history.length ? (
          <HistoryTable rows={history} />
        ) : (
          <p className="text-slate-600 dark:text-slate-400">No interviews yet.</p>
        )}
      </section>
    </div>
  );
}
