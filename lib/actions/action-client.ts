import "server-only";
import type { z } from "zod";
import { currentUser, type TSessionUser } from "@/lib/auth/session";
import type { TActionFailure } from "./action-result";
import { callStyles, runAction, type THandler } from "./run-action";

export type TUserCtx = { user: TSessionUser; now: Date };

const SIGNED_OUT: TActionFailure = { ok: false, code: "unauthorized", error: "Your session has ended. Sign in again." };

/**
 * The one door for server actions: the signed-in user resolved once (never
 * from input), the input validated by zod, every error mapped in one place.
 * `extend` adds more context (a team membership) after the user is known.
 */
export function makeActionClient<C extends TUserCtx>(extend: (ctx: TUserCtx, input: unknown) => Promise<C>) {
  const authorize = async (): Promise<TUserCtx | TActionFailure> => {
    const user = await currentUser();
    return user ? { user, now: new Date() } : SIGNED_OUT;
  };
  return callStyles<C>(<S extends z.ZodType, T>(schema: S, raw: unknown, handler: THandler<S, T, C>) =>
    runAction(schema, raw, authorize, extend, handler),
  );
}

export const userActionClient = makeActionClient(async (ctx) => ctx);
