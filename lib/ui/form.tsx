// Accessible form parts: every input has a label, and its error is tied to
// it with aria-describedby and announced through role="alert".
import type { InputHTMLAttributes } from "react";

type TFieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[] };

export function Field({ label, name, errors, ...rest }: TFieldProps) {
  const errorId = `${name}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium">{label}</label>
      <input
        id={name}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40 aria-[invalid]:border-red-500 dark:border-slate-700 dark:bg-slate-900"
        {...rest}
      />
      {invalid ? <p id={errorId} role="alert" className="text-sm text-red-600 dark:text-red-400">{errors!.join(" ")}</p> : null}
    </div>
  );
}

export function FormMessage({ message }: { message?: string | null }) {
  if (!message) return null;
  return <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-700 dark:bg-red-950 dark:text-red-300">{message}</p>;
}

export function SubmitButton({ children, pending }: { children: React.ReactNode; pending: boolean }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
