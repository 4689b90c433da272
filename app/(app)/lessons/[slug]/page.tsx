import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getLesson } from "@/lib/lessons/get-lesson";
import { ChapterHeader } from "./chapter-header";
import { ChapterBody } from "./chapter-body";
import { ChapterQuestions } from "./chapter-questions";
import { NextChapter } from "./next-chapter";

type TProps = { params: Promise<{ slug: string }> };

// generateMetadata and the page both need the chapter: one query per request.
const load = cache(async (slug: string) => getLesson(db(), slug, (await requireUser()).id));

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const lesson = await load((await params).slug);
  return { title: lesson?.title ?? "Lesson not found" };
}

export default async function LessonPage({ params }: TProps) {
  await requireUser();
  const lesson = await load((await params).slug);
  if (!lesson) notFound();
  return (
    <article className="space-y-10">
      <ChapterHeader lesson={lesson} />
      <ChapterBody body={lesson.body} />
      <ChapterQuestions lesson={lesson} />
      <NextChapter bridge={lesson.body.bridge} next={lesson.next} />
    </article>
  );
}
