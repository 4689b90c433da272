import type { Metadata } from "next";

export const metadata: Metadata = { title: "Lessons" };

export default function LessonsPage() {
  return <h1 className="text-2xl font-semibold">Lessons</h1>;
}
