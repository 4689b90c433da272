"use client";
import { useActionState, useState } from "react";
import { deleteAccountAction } from "@/lib/users/account-actions";
import { Field } from "@/lib/ui/form";
import { count } from "@/lib/ui/plural";

type TImportState = { ok: boolean; text: string } | null;

export function DataSection() {
  const [imported, setImported] = useState<TImportState>(null);
  const [busy, setBusy] = useState(false);
  const [deleted, deleteAction, deleting] = useActionState(deleteAccountAction, null);

  async function upload(form: HTMLFormElement) {
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return setImported({ ok: false, text: "Choose an export file first." });
    setBusy(true);
    try {
      const r = await fetch("/api/import", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: file,
      });
      const body = await r.json().catch(() => null);
      if (r.ok) {
        const i = body.imported;
        setImported({
          ok: true,
          text: `Imported ${count(i.cards, "card")}, ${count(i.reviewLogs, "review")}, ${count(i.interviews, "interview")}, ${count(i.activityDays, "day")} of activity${i.skipped.unknownQuestions ? ` (${count(i.skipped.unknownQuestions, "card")} for questions this course does not have ${i.skipped.unknownQuestions === 1 ? "was" : "were"} skipped)` : ""}.`,
        });
      } else
        setImported({ ok: false, text: body?.error?.message ?? `Import failed (${r.status}). Nothing was imported.` });
    } catch {
      setImported({ ok: false, text: "The upload did not reach the server. Nothing was imported." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="space-y-6" aria-labelledby="data-heading">
      <h2 id="data-heading" className="text-lg font-semibold">
        Your data
      </h2>
      <div className="space-y-1 text-sm">
        <p>
          <a href="/api/export/reviews.csv" download className="text-brand-700 underline dark:text-brand-300">
            Download the review log (CSV)
          </a>
          : the columns the FSRS optimizer reads, then Deckhand&apos;s own.
        </p>
        <p>
          <a href="/api/export" download className="text-brand-700 dark:text-brand-300 underline">
            Download everything (JSON)
          </a>
          : settings, cards, reviews, interviews, activity and teams; import it here or into another Deckhand.
        </p>
      </div>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          void upload(e.currentTarget);
        }}
      >
        <label htmlFor="import-file" className="block text-sm font-medium">
          Import an export file
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept="application/json,.json"
          className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-transparent file:px-3 file:py-1.5 file:text-sm file:text-inherit dark:file:border-slate-700"
        />
        <button
          type="submit"
          disabled={busy}
          className="rounded-md border border-slate-300 px-4 py-2 text-sm dark:border-slate-700"
        >
          {busy ? "Importing…" : "Import"}
        </button>
        {imported ? (
          <p
            role={imported.ok ? "status" : "alert"}
            data-testid="import-result"
            className={`text-sm ${imported.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-600 dark:text-red-400"}`}
          >
            {imported.text}
          </p>
        ) : null}
      </form>
      <form action={deleteAction} className="space-y-2 rounded-md border border-red-300 p-4 dark:border-red-900">
        <h3 className="font-medium text-red-700 dark:text-red-400">Delete my account</h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Removes your account, cards, reviews, interviews and tokens. Teams you own pass to an admin (or the
          longest-standing member); a team left empty is deleted. This cannot be undone: download your data first.
        </p>
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={deleted && !deleted.ok ? (deleted.fields?.password ?? [deleted.error]) : undefined}
        />
        <button
          type="submit"
          disabled={deleting}
          className="rounded-md bg-red-600 px-4 py-2 text-sm font-medium text-white hover:bg-red-700"
        >
          Delete my account
        </button>
      </form>
    </section>
  );
}
