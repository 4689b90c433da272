"use client";
// Uploads an .apkg to the import route; the bar follows the upload's bytes
// (the import itself runs in one transaction and reports once at the end).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { MAX_APKG_BYTES } from "@/lib/anki/limits";
import { count } from "@/lib/ui/plural";

type TResult = { deckIds: string[]; cards: number; reviews: number; skipped: Record<string, number> };

export function AnkiImportForm() {
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [phase, setPhase] = useState<"idle" | "upload" | "import">("idle");
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<TResult | null>(null);
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    setResult(null);
    setPhase("upload");
    // XMLHttpRequest: fetch gives no upload progress.
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/import/anki");
    xhr.upload.onprogress = (ev) => ev.lengthComputable && setProgress(Math.round((ev.loaded / ev.total) * 100));
    xhr.upload.onload = () => setPhase("import");
    xhr.onload = () => {
      setPhase("idle");
      setProgress(null);
      const json = (() => {
        try {
          return JSON.parse(xhr.responseText) as Record<string, unknown>;
        } catch {
          return {};
        }
      })();
      if (xhr.status === 201) {
        setResult(json as TResult);
        router.refresh();
      } else {
        const err = json.error as string | { message?: string } | undefined;
        setError(typeof err === "string" ? err : (err?.message ?? `The import failed (${xhr.status}).`));
      }
    };
    xhr.onerror = () => {
      setPhase("idle");
      setError("The server could not be reached. Nothing was imported.");
    };
    xhr.send(form);
  };
  return (
    <form onSubmit={submit} className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        An .apkg export (up to {MAX_APKG_BYTES / 1048576} MB). In Anki&apos;s export dialog tick &quot;Support older
        Anki versions&quot;. Review history comes along.
      </p>
      <input
        type="file"
        name="file"
        accept=".apkg,.colpkg"
        required
        className="block w-full text-sm"
        data-testid="anki-file"
      />
      <button
        type="submit"
        disabled={phase !== "idle"}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        Import
      </button>
      {phase === "upload" ? (
        <progress max={100} value={progress ?? 0} className="block w-full" aria-label="Upload progress" />
      ) : null}
      {phase === "import" ? (
        <p role="status" className="text-sm">
          Importing cards and review history… large collections take up to a minute.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      ) : null}
      {result ? (
        <p role="status" className="text-sm" data-testid="anki-done">
          Imported {count(result.cards, "card")} and {count(result.reviews, "review")} into{" "}
          {count(result.deckIds.length, "deck")}.
        </p>
      ) : null}
    </form>
  );
}
