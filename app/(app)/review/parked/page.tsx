import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listParked } from "@/lib/review/list-parked";
import { ParkedList } from "./parked-list";

export const metadata: Metadata = { title: "Suspended and buried cards" };

export default async function ParkedPage() {
  const user = await requireUser();
  const { cards, more } = await listParked(db(), user.id, new Date());
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Suspended and buried cards</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Suspended cards wait until you bring them back; buried ones return by themselves when your next day starts.
      </p>
      <ParkedList cards={cards} />
      {more ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">Showing the 200 most recently changed.</p>
      ) : null}
    </section>
  );
}
