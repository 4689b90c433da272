import type { Metadata } from "next";

export const metadata: Metadata = { title: "Interview" };

export default function Page() {
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-semibold">Interview</h1>
      <p className="text-slate-600 dark:text-slate-400">Not available yet: this part of Deckhand is still being built.</p>
    </section>
  );
}
