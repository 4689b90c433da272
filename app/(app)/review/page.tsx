import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getQueue } from "@/lib/review/get-queue";
import { ReviewSession } from "./review-session";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ lesson?: string }> }) {
  const user = await requireUser();
  const { lesson } = await searchParams;
  const queue = await getQueue(db(), user, new Date(), lesson ? { lessonSlug: lesson } : {});
  return <ReviewSession initialQueue={queue} lessonSlug={lesson} />;
}
