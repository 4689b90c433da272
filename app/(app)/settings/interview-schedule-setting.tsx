"use client";
// Its own small form (saved on change) so it stays apart from the schedule form.
import { useState, useTransition } from "react";
import { setInterviewsUpdateScheduleAction } from "@/lib/interviews/actions";

export function InterviewScheduleSetting({ on }: { on: boolean }) {
  const [checked, setChecked] = useState(on);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const change = (next: boolean) => {
    setChecked(next);
    startTransition(async () => {
      const r = await setInterviewsUpdateScheduleAction({ on: next });
      if (r.ok)
        setMessage(
          next ? "Interview answers now count as reviews." : "Interview answers now leave your schedule alone.",
        );
      else {
        setChecked(!next);
        setMessage(r.error);
      }
    });
  };
  return (
    <section className="space-y-2" aria-labelledby="interviews-heading">
      <h2 id="interviews-heading" className="text-lg font-semibold">
        Interviews
      </h2>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={checked}
          disabled={pending}
          onChange={(e) => change(e.target.checked)}
          className="mt-1"
        />
        <span>
          Interviews update my schedule
          <span className="block text-slate-600 dark:text-slate-400">
            Each answered interview question is also a review of that card, rated with the scorer’s suggestion (timed
            out or empty: Again).
          </span>
        </span>
      </label>
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </section>
  );
}
