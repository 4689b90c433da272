"use client";
import { useActionState } from "react";
import { saveSettingsAction } from "@/lib/users/settings-actions";
import type { TActionResult } from "@/lib/actions/action-result";
import { Field, FormMessage, SelectField, SubmitButton } from "@/lib/ui/form";

type TUser = {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  timezone: string;
  dayStartHour: number;
  enableFuzz: boolean;
  learningSteps: string;
  relearningSteps: string;
  leechThreshold: number;
};

export function SettingsForm({ user, timeZones }: { user: TUser; timeZones: string[] }) {
  const [state, action, pending] = useActionState<TActionResult<{ savedAt: number }> | null, FormData>(
    saveSettingsAction,
    null,
  );
  const failed = state && !state.ok ? state : null;
  const e = failed?.fields ?? {};
  // After a failed save the form shows what was typed (React resets a form to its defaults after an action).
  const v = (name: keyof TUser) => (failed?.values ? (failed.values[name] ?? "") : String(user[name]));
  const fuzz = failed?.values ? failed.values.enableFuzz === "on" : user.enableFuzz;
  return (
    <form
      action={action}
      className="space-y-4"
      noValidate
      aria-labelledby="schedule-heading"
      key={failed ? JSON.stringify(failed.values) : "saved"}
    >
      <h2 id="schedule-heading" className="text-lg font-semibold">
        Schedule
      </h2>
      {failed ? (
        <FormMessage message={failed.fields ? "Some settings need fixing; nothing was saved." : failed.error} />
      ) : null}
      {state?.ok ? (
        <p role="status" className="text-sm">
          Settings saved.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Desired retention (0.70–0.97)"
          name="desiredRetention"
          type="number"
          step="0.01"
          min="0.7"
          max="0.97"
          defaultValue={v("desiredRetention")}
          errors={e.desiredRetention}
        />
        <Field
          label="Leech after lapses"
          name="leechThreshold"
          type="number"
          min="2"
          defaultValue={v("leechThreshold")}
          errors={e.leechThreshold}
        />
        <Field
          label="New cards per day"
          name="newPerDay"
          type="number"
          min="0"
          defaultValue={v("newPerDay")}
          errors={e.newPerDay}
        />
        <Field
          label="Reviews per day"
          name="reviewsPerDay"
          type="number"
          min="0"
          defaultValue={v("reviewsPerDay")}
          errors={e.reviewsPerDay}
        />
        <SelectField
          label="Time zone"
          name="timezone"
          options={timeZones}
          defaultValue={v("timezone")}
          errors={e.timezone}
        />
        <Field
          label="Day starts at (hour, 0–23)"
          name="dayStartHour"
          type="number"
          min="0"
          max="23"
          defaultValue={v("dayStartHour")}
          errors={e.dayStartHour}
        />
        <Field label="Learning steps" name="learningSteps" defaultValue={v("learningSteps")} errors={e.learningSteps} />
        <Field
          label="Relearning steps"
          name="relearningSteps"
          defaultValue={v("relearningSteps")}
          errors={e.relearningSteps}
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enableFuzz" defaultChecked={fuzz} /> Fuzz intervals (spreads reviews so cards
        learned together do not stay together)
      </label>
      <div className="max-w-xs">
        <SubmitButton pending={pending}>{pending ? "Saving…" : "Save settings"}</SubmitButton>
      </div>
    </form>
  );
}
