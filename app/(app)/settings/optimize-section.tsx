export function OptimizeSection({ reviewCount, optimizedAt }: { reviewCount: number; optimizedAt: string | null }) {
  return (
    <section className="space-y-2" aria-labelledby="optimize-heading">
      <h2 id="optimize-heading" className="text-lg font-semibold">Optimize my schedule</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {reviewCount} reviews so far.{optimizedAt ? ` Last optimized ${new Date(optimizedAt).toLocaleDateString()}.` : ""}
      </p>
    </section>
  );
}
