"use client";
import { useActionState } from "react";
import { saveSettingsAction, type TSettingsState } from "@/lib/users/settings-actions";
import { Field, SubmitButton } from "@/lib/ui/form";

type TUser = {
  desiredRetention: number; newPerDay: number; reviewsPerDay: number; timezone: string; dayStartHour: number;
  enableFuzz: boolean; learningSteps: string; relearningSteps: string; leechThreshold: number;
};

export function SettingsForm({ user }: { user: TUser }) {
  const [state, action, pending] = useActionState<TSettingsState, FormData>(saveSettingsAction, {});
  const e = state.errors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate aria-labelledby="schedule-heading">
      <h2 id="schedule-heading" className="text-lg font-semibold">Schedule</h2>
      {state.message ? <p role="status" className="text-sm">{state.message}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Desired retention (0.70–0.97)" name="desiredRetention" type="number" step="0.01" min="0.7" max="0.97" defaultValue={user.desiredRetention} errors={e.desiredRetention} />
        <Field label="Leech after lapses" name="leechThreshold" type="number" min="2" defaultValue={user.leechThreshold} errors={e.leechThreshold} />
        <Field label="New cards per day" name="newPerDay" type="number" min="0" defaultValue={user.newPerDay} errors={e.newPerDay} />
        <Field label="Reviews per day" name="reviewsPerDay" type="number" min="0" defaultValue={user.reviewsPerDay} errors={e.reviewsPerDay} />
        <Field label="Time zone" name="timezone" defaultValue={user.timezone} errors={e.timezone} />
        <Field label="Day starts at (hour, 0–23)" name="dayStartHour" type="number" min="0" max="23" defaultValue={user.dayStartHour} errors={e.dayStartHour} />
        <Field label="Learning steps" name="learningSteps" defaultValue={user.learningSteps} errors={e.learningSteps} />
        <Field label="Relearning steps" name="relearningSteps" defaultValue={user.relearningSteps} errors={e.relearningSteps} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enableFuzz" defaultChecked={user.enableFuzz} /> Fuzz intervals (spreads reviews so cards learned together do not stay together)
      </label>
      <div className="max-w-xs"><SubmitButton pending={pending}>{pending ? "Saving…" : "Save settings"}</SubmitButton></div>
    </form>
  );
}
