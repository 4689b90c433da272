"use client";
import { useActionState, useState } from "react";
import { startInterviewAction } from "@/lib/interviews/actions";
import { Field, FormMessage, SubmitButton } from "@/lib/ui/form";

type TLesson = { slug: string; number: number; title: string; interview: number };
const MODES = [
  ["weak", "Weak spots", "what you are most likely to forget now, plus about one unseen question in three"],
  ["unseen", "Unseen first", "questions you have never answered"],
  ["random", "Random", "any question in scope"],
] as const;

type TDeck = { id: string; name: string };

export function StartForm({ lessons, decks }: { lessons: TLesson[]; decks: TDeck[] }) {
  const [state, action, pending] = useActionState(startInterviewAction, null);
  const failed = state && !state.ok ? state : null;
  const v = failed?.values ?? {};
  const e = failed?.fields ?? {};
  const [scope, setScope] = useState(v.scope ?? "all");
  return (
    <form
      action={action}
      className="space-y-5 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      noValidate
      aria-labelledby="start-heading"
    >
      <h2 id="start-heading" className="text-lg font-semibold">
        Start an interview
      </h2>
      <FormMessage message={failed && !failed.fields ? failed.error : null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Questions (3–15)"
          name="count"
          type="number"
          min={3}
          max={15}
          defaultValue={v.count ?? 5}
          errors={e.count}
        />
        <Field
          label="Seconds per question (15–600)"
          name="secondsPerQuestion"
          type="number"
          min={15}
          max={600}
          defaultValue={v.secondsPerQuestion ?? 120}
          errors={e.secondsPerQuestion}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Pick</legend>
        {MODES.map(([value, label, hint]) => (
          <label key={value} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="mode"
              value={value}
              defaultChecked={(v.mode ?? "weak") === value}
              className="mt-1"
            />
            <span>
              <span className="font-medium">{label}</span>{" "}
              <span className="text-slate-600 dark:text-slate-400">— {hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {decks.length > 1 ? (
        <fieldset className="space-y-2" aria-describedby={e.deckIds ? "decks-error" : undefined}>
          <legend className="text-sm font-medium">Decks</legend>
          <input type="hidden" name="pickDecks" value="1" />
          <div className="grid gap-1 sm:grid-cols-2">
            {decks.map((d) => (
              <label key={d.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={`deck-${d.id}`}
                  defaultChecked={failed ? v[`deck-${d.id}`] === "on" : true}
                />{" "}
                <span>{d.name}</span>
              </label>
            ))}
          </div>
          {e.deckIds ? (
            <p id="decks-error" role="alert" className="text-sm text-red-600 dark:text-red-400">
              {e.deckIds.join(" ")}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <fieldset className="space-y-2" aria-describedby={e.lessons ? "lessons-error" : undefined}>
        <legend className="text-sm font-medium">Chapters</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="scope" value="all" checked={scope === "all"} onChange={() => setScope("all")} /> All
          chapters
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="scope"
            value="chosen"
            checked={scope === "chosen"}
            onChange={() => setScope("chosen")}
          />{" "}
          Chosen chapters
        </label>
        {scope === "chosen" ? (
          <div className="grid gap-1 pl-6 sm:grid-cols-2">
            {lessons.map((l) => (
              <label key={l.slug} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={`lesson-${l.slug}`} defaultChecked={v[`lesson-${l.slug}`] === "on"} />
                <span>
                  {l.number}. {l.title} <span className="text-slate-600 dark:text-slate-400">({l.interview})</span>
                </span>
              </label>
            ))}
          </div>
        ) : null}
        {e.lessons ? (
          <p id="lessons-error" role="alert" className="text-sm text-red-600 dark:text-red-400">
            {e.lessons.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="includeRecall" defaultChecked={v.includeRecall === "on"} /> Include “Pause and
        recall” questions
      </label>
      <div className="max-w-xs">
        <SubmitButton pending={pending}>{pending ? "Starting…" : "Start interview"}</SubmitButton>
      </div>
    </form>
  );
}
