import "server-only";
import type { z } from "zod";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/net/client-address";
import { callStyles, runAction, type THandler } from "./run-action";

/** No session: the caller's address (for rate limits) and the time. */
export type TPublicCtx = { ip: string; now: Date };

const context = async (): Promise<TPublicCtx> => ({
  ip: clientAddress(await headers(), env().TRUST_PROXY_HOPS),
  now: new Date(),
});

/**
 * For the few actions a signed-out visitor may call (sign in, sign up):
 * the same zod input, result shape and error mapping as userActionClient,
 * without a user. Anything else goes through userActionClient.
 */
export const publicActionClient = callStyles<TPublicCtx>(
  <S extends z.ZodType, T>(schema: S, raw: unknown, handler: THandler<S, T, TPublicCtx>) =>
    runAction(schema, raw, context, async (ctx: TPublicCtx) => ctx, handler),
);
