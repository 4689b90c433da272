import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { TActionFailure, TActionResult } from "./action-result";
import { fieldErrorsOf, mapActionError } from "./map-action-error";

export type THandler<S extends z.ZodType, T, C> = (input: z.output<S>, ctx: C) => Promise<T>;

/**
 * The body every action client shares: the caller first (a signed-out
 * caller is refused before the input is even read), then zod, then more
 * context from the valid input (a team membership), then the handler, with every error mapped in one place.
 */
export async function runAction<S extends z.ZodType, T, B, C>(
  schema: S,
  raw: unknown,
  authorize: () => Promise<B | TActionFailure>,
  extend: (base: B, input: z.output<S>) => Promise<C>,
  handler: THandler<S, T, C>,
): Promise<TActionResult<T>> {
  try {
    const base = await authorize();
    if (isFailure(base)) return base;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fields = fieldErrorsOf(parsed.error);
      return { ok: false, code: "invalid", error: parsed.error.issues[0]?.message ?? "Check the form.", fields };
    }
    const ctx = await extend(base, parsed.data);
    return { ok: true, data: await handler(parsed.data, ctx) };
  } catch (e) {
    unstable_rethrow(e); // redirect() and notFound() are Next's control flow, not failures
    return mapActionError(e);
  }
}

const isFailure = (c: unknown): c is TActionFailure =>
  typeof c === "object" && c !== null && (c as { ok?: unknown }).ok === false;

/** What a form held, so a failed form shows what was typed (never passwords, never Next's `$ACTION` fields). */
export function typedValues(form: FormData) {
  const values: Record<string, string> = {};
  for (const [k, v] of form) if (typeof v === "string" && !/password/i.test(k) && !k.startsWith("$")) values[k] = v;
  return values;
}

/** The two call styles every client offers, built from one runner. */
export function callStyles<C>(
  run: <S extends z.ZodType, T>(schema: S, raw: unknown, handler: THandler<S, T, C>) => Promise<TActionResult<T>>,
) {
  return {
    /** An action called with an object: `await action(input)`. */
    action:
      <S extends z.ZodType, T>(schema: S, handler: THandler<S, T, C>) =>
      (raw: z.input<S>) =>
        run(schema, raw, handler),
    /** A `useActionState` form action: failures carry the typed values back (never passwords). */
    formAction:
      <S extends z.ZodType, T>(schema: S, handler: THandler<S, T, C>) =>
      async (_prev: TActionResult<T> | null, form: FormData): Promise<TActionResult<T>> => {
        // Anyone can POST anything to an action id: a body that is not a form is an empty form.
        const isForm = form instanceof FormData;
        const result = await run(schema, isForm ? Object.fromEntries(form) : {}, handler);
        return result.ok || !isForm ? result : { ...result, values: typedValues(form) };
      },
  };
}
