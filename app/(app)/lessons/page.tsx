import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getLessonsWithProgress } from "@/lib/lessons/get-lessons";
import { LessonCard } from "./lesson-card";

export const metadata: Metadata = { title: "Lessons" };

export default async function LessonsPage() {
  const user = await requireUser();
  const lessons = await getLessonsWithProgress(db(), user, new Date());
  // One list per deck, in the order the query gives (the course first).
  const decks = [...new Map(lessons.map((l) => [l.deck.id, l.deck])).values()].map((d) => ({
    ...d,
    lessons: lessons.filter((l) => l.deck.id === d.id),
  }));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Lessons</h1>
      {lessons.length ? (
        decks.map((d) => (
          <section key={d.id} aria-label={d.name} className="space-y-3">
            {decks.length > 1 ? <h2 className="text-lg font-semibold break-words">{d.name}</h2> : null}
            <ol className="space-y-3" aria-label={`Chapters of ${d.name}`}>
              {d.lessons.map((l) => (
                <LessonCard key={l.slug} lesson={l} />
              ))}
            </ol>
          </section>
        ))
      ) : (
        <p className="text-slate-600 dark:text-slate-400">
          No chapters yet: load the course with <code>npm run content -- import</code>.
        </p>
      )}
    </section>
  );
}
