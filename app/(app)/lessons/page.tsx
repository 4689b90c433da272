import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getLessonsWithProgress } from "@/lib/lessons/get-lessons";
import { LessonCard } from "./lesson-card";

export const metadata: Metadata = { title: "Lessons" };

export default async function LessonsPage() {
  const user = await requireUser();
  const lessons = await getLessonsWithProgress(db(), user, new Date());
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Lessons</h1>
      {lessons.length ? (
        <ol className="space-y-3" aria-label="Chapters">
          {lessons.map((l) => <LessonCard key={l.slug} lesson={l} />)}
        </ol>
      ) : (
        <p className="text-slate-600 dark:text-slate-400">No chapters yet: load the course with <code>npm run content -- import</code>.</p>
      )}
    </section>
  );
}
