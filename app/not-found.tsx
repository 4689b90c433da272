import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md p-8 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">That page does not exist, or it is not yours to see.</p>
      <Link href="/today" className="mt-6 inline-block text-brand-700 underline dark:text-brand-300">
        Back to Today
      </Link>
    </main>
  );
}
