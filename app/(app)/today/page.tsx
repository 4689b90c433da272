import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const user = await requireUser();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Today</h1>
      <p>Welcome aboard, {user.name}.</p>
    </section>
  );
}
