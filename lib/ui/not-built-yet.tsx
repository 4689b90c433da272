/** For navigation entries whose feature has not shipped: say so plainly. */
export function NotBuiltYet({ title }: { title: string }) {
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Not available yet: this part of Deckhand is still being built.
      </p>
    </section>
  );
}
