import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { currentUser, type TSessionUser } from "@/lib/auth/session";
import { ActionError, type TActionResult } from "./action-result";
import { fieldErrorsOf, mapActionError } from "./map-action-error";

export type TUserCtx = { user: TSessionUser; now: Date };
type THandler<S extends z.ZodType, T, C> = (input: z.output<S>, ctx: C) => Promise<T>;

const SIGNED_OUT = { ok: false, code: "unauthorized", error: "Your session has ended. Sign in again." } as const;

/**
 * The one door for server actions: the signed-in user resolved once (never
 * from input), the input validated by zod, every error mapped in one place.
 * `extend` adds more context (a team membership) after the user is known.
 */
export function makeActionClient<C extends TUserCtx>(extend: (ctx: TUserCtx, input: unknown) => Promise<C>) {
  async function run<S extends z.ZodType, T>(schema: S, raw: unknown, handler: THandler<S, T, C>): Promise<TActionResult<T>> {
    try {
      const user = await currentUser();
      if (!user) return SIGNED_OUT;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const fields = fieldErrorsOf(parsed.error);
        return { ok: false, code: "invalid", error: parsed.error.issues[0]?.message ?? "Check the form.", fields };
      }
      const ctx = await extend({ user, now: new Date() }, parsed.data);
      return { ok: true, data: await handler(parsed.data, ctx) };
    } catch (e) {
      unstable_rethrow(e); // redirect() and notFound() are Next's control flow, not failures
      return mapActionError(e);
    }
  }
  return {
    /** An action called with an object: `await action(input)`. */
    action: <S extends z.ZodType, T>(schema: S, handler: THandler<S, T, C>) =>
      (raw: z.input<S>) => run(schema, raw, handler),
    /** A `useActionState` form action: failures carry the typed values back (never passwords). */
    formAction: <S extends z.ZodType, T>(schema: S, handler: THandler<S, T, C>) =>
      async (_prev: TActionResult<T> | null, form: FormData): Promise<TActionResult<T>> => {
        const result = await run(schema, Object.fromEntries(form), handler);
        return result.ok ? result : { ...result, values: typedValues(form) };
      },
  };
}

function typedValues(form: FormData) {
  const values: Record<string, string> = {};
  for (const [k, v] of form) if (typeof v === "string" && !/password/i.test(k) && !k.startsWith("$")) values[k] = v;
  return values;
}

export const userActionClient = makeActionClient(async (ctx) => ctx);
export { ActionError };
