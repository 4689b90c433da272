"use client";
// "I was right" / "I was wrong" under an answer: re-rates its review (see
// lib/interviews/correct-answer.ts) and says which rating it now carries.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { correctInterviewAnswerAction } from "@/lib/interviews/actions";
import { ratingName } from "@/lib/cards/labels";

type TProps = {
  interviewId: string;
  questionId: string;
  rating: number;
  suggestedRating: number | null;
  corrected: boolean;
};

export function CorrectionButtons({ interviewId, questionId, rating, suggestedRating, corrected }: TProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (correct: boolean) => {
    setBusy(true);
    setError(null);
    const r = await correctInterviewAnswerAction({ interviewId, questionId, correct }).catch(() => null);
    setBusy(false);
    if (!r) return setError("Could not reach the server; nothing changed. Try again.");
    if (!r.ok) return setError(r.error);
    router.refresh();
  };
  const btn =
    "rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="correction">
      <span className="text-slate-600 dark:text-slate-400" data-testid="review-rating">
        Reviewed as <strong className="text-slate-900 dark:text-slate-100">{ratingName(rating)}</strong>
        {corrected && suggestedRating !== rating ? ` (you corrected the scorer's ${ratingName(suggestedRating)})` : ""}
      </span>
      <button type="button" className={btn} disabled={busy || rating >= 3} onClick={() => void send(true)}>
        I was right
      </button>
      <button type="button" className={btn} disabled={busy || rating === 1} onClick={() => void send(false)}>
        I was wrong
      </button>
      {error ? (
        <p role="alert" className="w-full text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
