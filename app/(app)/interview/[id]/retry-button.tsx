"use client";
import { useActionState } from "react";
import { retryMissedAction } from "@/lib/interviews/actions";
import { FormMessage } from "@/lib/ui/form";

export function RetryButton({ interviewId, count }: { interviewId: string; count: number }) {
  const [state, action, pending] = useActionState(retryMissedAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="interviewId" value={interviewId} />
      <FormMessage message={state && !state.ok ? state.error : null} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Starting…" : `Retry the ones I missed (${count})`}
      </button>
    </form>
  );
}
