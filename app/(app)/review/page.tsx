import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getQueue } from "@/lib/review/get-queue";
import { ReviewSession } from "./review-session";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<{ lesson?: string; deck?: string }>;
}) {
  const user = await requireUser();
  const { lesson, deck } = await searchParams;
  const queue = await getQueue(db(), user, new Date(), {
    ...(lesson ? { lessonSlug: lesson } : {}),
    ...(deck ? { deckId: deck } : {}),
  });
  return <ReviewSession initialQueue={queue} lessonSlug={lesson} deckId={deck} />;
}
