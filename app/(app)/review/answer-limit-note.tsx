"use client";
// Counter and paste notice under an answer box (lib/ui/answer-limit.ts).
import { useCallback, useState, type ClipboardEvent } from "react";
import { ANSWER_LIMIT, COUNTER_FROM, counterText, cutByPaste, cutMessage } from "@/lib/ui/answer-limit";

export function useAnswerLimit() {
  const [cutNote, setCutNote] = useState<string | null>(null);
  const onPaste = useCallback((e: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = e.currentTarget;
    const pasted = e.clipboardData.getData("text");
    const cut = cutByPaste(box.value.length, box.selectionEnd - box.selectionStart, pasted.length);
    setCutNote(cut > 0 ? cutMessage(cut, pasted) : null);
  }, []);
  return { onPaste, cutNote, maxLength: ANSWER_LIMIT };
}

export function AnswerLimitNote({ length, cutNote, id }: { length: number; cutNote: string | null; id: string }) {
  // An emptied box (the next card, the next question) has nothing cut any more.
  if (length === 0 || (length < COUNTER_FROM && !cutNote)) return null;
  return (
    <div id={id} className="space-y-1 text-xs">
      {length >= COUNTER_FROM ? (
        <p className="tabular-nums text-slate-700 dark:text-slate-300" data-testid="answer-counter">
          {counterText(length)}
        </p>
      ) : null}
      {cutNote ? (
        <p role="alert" className="text-amber-900 dark:text-amber-200" data-testid="answer-cut">
          {cutNote}
        </p>
      ) : null}
    </div>
  );
}
