"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-md p-8 text-center" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Nothing you did was lost. {error.digest ? `(Reference ${error.digest})` : null}
      </p>
      <button onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white">
        Try again
      </button>
    </main>
  );
}
