"use client";
import { useActionState } from "react";
import { optimizeAction } from "@/lib/review/optimizer/optimize-action";
import { MIN_REVIEWS } from "@/lib/review/optimizer/constants";

const f = (n: number) => n.toFixed(4);

export function OptimizeSection({ reviewCount, optimizedAt }: { reviewCount: number; optimizedAt: string | null }) {
  const [state, action, pending] = useActionState(optimizeAction, null);
  const r = state?.ok ? state.data : null;
  return (
    <section className="space-y-3" aria-labelledby="optimize-heading">
      <h2 id="optimize-heading" className="text-lg font-semibold">
        Optimize my schedule
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Fits FSRS to how <em>you</em> remember, from your own reviews ({reviewCount} so far; needs {MIN_REVIEWS}: fewer
        reviews give weights that fit noise).
        {optimizedAt ? ` Last optimized ${new Date(optimizedAt).toLocaleDateString()}.` : ""}
      </p>
      <form action={action}>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 text-white disabled:opacity-60"
        >
          {pending ? "Optimizing…" : "Optimize my schedule"}
        </button>
      </form>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {state.error}
        </p>
      ) : null}
      {r && !r.ok ? (
        <p role="status" className="text-sm">
          {r.reviewCount < r.needed
            ? `Not yet: ${r.reviewCount} usable reviews of the ${r.needed} needed.`
            : `Not yet: enough reviews, but only ${r.items ?? 0} of the ${r.neededItems ?? 0} needed come from cards seen again on a later day. Keep reviewing over the coming days.`}
        </p>
      ) : null}
      {r && r.ok ? (
        <div role="status" className="text-sm">
          <table className="mt-2">
            <thead>
              <tr>
                <th className="pr-4 text-left"></th>
                <th className="pr-4 text-right">log loss</th>
                <th className="text-right">RMSE</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td className="pr-4">before</td>
                <td className="pr-4 text-right">{f(r.before.logLoss)}</td>
                <td className="text-right">{f(r.before.rmse)}</td>
              </tr>
              <tr>
                <td className="pr-4">after</td>
                <td className="pr-4 text-right">{f(r.after.logLoss)}</td>
                <td className="text-right">{f(r.after.rmse)}</td>
              </tr>
            </tbody>
          </table>
          <p className="mt-2">
            {r.saved
              ? "Saved: your schedule now uses these weights."
              : "The current weights already fit as well; nothing changed."}
          </p>
        </div>
      ) : null}
    </section>
  );
}
