"use client";
// Accessible form parts: every input has a label, and its error is tied to
// it with aria-describedby and announced through role="alert". After a failed
// submit focus goes to the first invalid field (else to the form's message),
// never left on the body.
import { useEffect, useRef, type InputHTMLAttributes, type SelectHTMLAttributes } from "react";

type TFieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[] };

const INPUT_CLASS =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40 aria-[invalid]:border-red-600 dark:border-slate-600 dark:bg-slate-900";

/** Focuses `el` when it is the first invalid control of its form; reruns on each new errors array (each failed submit). */
function useFocusWhenFirstInvalid(
  el: React.RefObject<HTMLInputElement | HTMLSelectElement | null>,
  errors: string[] | undefined,
) {
  useEffect(() => {
    const node = el.current;
    if (!errors?.length || !node) return;
    const first = (node.form ?? document).querySelector("[aria-invalid=true]");
    if (first === node) node.focus();
  }, [el, errors]);
}

export function Field({ label, name, errors, ...rest }: TFieldProps) {
  const ref = useRef<HTMLInputElement>(null);
  const errorId = `${name}-error`;
  const invalid = Boolean(errors?.length);
  useFocusWhenFirstInvalid(ref, errors);
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input
        ref={ref}
        id={name}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className={INPUT_CLASS}
        {...rest}
      />
      {invalid ? (
        <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type TSelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  errors?: string[];
  options: readonly string[];
};

export function SelectField({ label, name, errors, options, ...rest }: TSelectProps) {
  const ref = useRef<HTMLSelectElement>(null);
  const errorId = `${name}-error`;
  const invalid = Boolean(errors?.length);
  useFocusWhenFirstInvalid(ref, errors);
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select
        ref={ref}
        id={name}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className={INPUT_CLASS}
        {...rest}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {o.replaceAll("_", " ")}
          </option>
        ))}
      </select>
      {invalid ? (
        <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function FormMessage({ message }: { message?: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (message && node && !node.closest("form")?.querySelector("[aria-invalid=true]")) node.focus();
  }, [message]);
  if (!message) return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
    >
      {message}
    </p>
  );
}

export function SubmitButton({ children, pending }: { children: React.ReactNode; pending: boolean }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
