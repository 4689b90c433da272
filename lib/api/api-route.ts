import "server-only";
import type { z } from "zod";
import { authenticate } from "./authenticate";
import { invalid, jsonError, unauthorized } from "./json-error";
import { apiJson } from "./json-response";
import { readJsonBody } from "./read-json-body";
import { DomainError } from "@/lib/errors/domain-error";

type TApiUser = NonNullable<Awaited<ReturnType<typeof authenticate>>>;
export type TApiCtx<B, Q> = {
  user: TApiUser;
  body: B;
  query: Q;
  params: Record<string, string>;
  request: Request;
  now: Date;
};

type TOptions<BS extends z.ZodType | undefined, QS extends z.ZodType | undefined> = {
  body?: BS;
  query?: QS;
  /** default 64 KB */ maxBodyBytes?: number;
};
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * Wraps a route handler: authenticates (token or cookie; ownership then comes
 * from ctx.user, never from input), reads and validates the JSON body and the
 * query, and maps every error in one place. A handler returns a Response, or
 * a plain object sent as 200 JSON.
 */
export function apiRoute<BS extends z.ZodType | undefined = undefined, QS extends z.ZodType | undefined = undefined>(
  options: TOptions<BS, QS>,
  handler: (ctx: TApiCtx<Out<BS>, Out<QS>>) => Promise<Response | object>,
) {
  return async (request: Request, route?: { params?: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const t0 = performance.now();
      const user = await authenticate(request);
      const t1 = performance.now();
      if (!user) return unauthorized();
      let body: unknown;
      if (options.body) {
        const read = await readJsonBody(request, options.maxBodyBytes);
        if ("error" in read) return read.error;
        const parsed = options.body.safeParse(read.body);
        if (!parsed.success) return invalid(parsed.error);
        body = parsed.data;
      }
      let query: unknown;
      if (options.query) {
        const parsed = options.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) return invalid(parsed.error);
        query = parsed.data;
      }
      const params = (await route?.params) ?? {};
      const ctx = { user, body, query, params, request, now: new Date() } as TApiCtx<Out<BS>, Out<QS>>;
      const t2 = performance.now();
      const out = await handler(ctx);
      const response = out instanceof Response ? out : apiJson(out, 200);
      // Where the time went, for operators and `npm run bench:reviews` (durations only, nothing secret).
      return withTiming(response, `auth;dur=${(t1 - t0).toFixed(2)}, parse;dur=${(t2 - t1).toFixed(2)}`);
    } catch (e) {
      if (e instanceof DomainError) return jsonError(e.status, e.apiCode, e.message, e.fields);
      console.error("API route failed", e);
      return jsonError(500, "server_error", "Something went wrong on our side. Nothing was saved; try again.");
    }
  };
}

/** A redirect's headers are immutable: it goes out without the timing. */
function withTiming(response: Response, timing: string): Response {
  try {
    response.headers.append("server-timing", timing);
  } catch {}
  return response;
}
