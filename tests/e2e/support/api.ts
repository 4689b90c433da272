// The one helper for the JSON API over real HTTP against `next start`: users
// and tokens made directly in the server's database, requests through fetch.
import { inject } from "vitest";
import type { TDb } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/manage-tokens";
import { createUser } from "@/lib/users/create-user";
import { ZSignUp } from "@/lib/users/schemas";
import { uniqueEmail } from "./browser";

/** A signed-up user with a personal API token. */
export async function apiUser(db: TDb, tag: string, name = "API Sailor") {
  const user = await createUser(
    db,
    ZSignUp.parse({ name, email: uniqueEmail(tag), password: "long enough password", timezone: "UTC" }),
  );
  const { id: tokenId, token } = await createToken(db, user.id, "e2e");
  return { id: user.id, token, tokenId };
}

export type TApiInit = { token?: string; body?: unknown; raw?: string };

/** A request; `tokenOrInit` is a bearer token (then `body` the JSON body) or { token, body, raw }. */
export async function call(method: "GET" | "POST", path: string, tokenOrInit: string | TApiInit = {}, body?: unknown) {
  const init: TApiInit = typeof tokenOrInit === "string" ? { token: tokenOrInit, body } : tokenOrInit;
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.raw !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${inject("baseUrl")}${path}`, {
    method,
    headers,
    redirect: "manual",
    ...(init.raw !== undefined
      ? { body: init.raw }
      : init.body !== undefined
        ? { body: JSON.stringify(init.body) }
        : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests walk whatever JSON the route answers
    json: (text ? JSON.parse(text) : {}) as Record<string, any>,
  };
}
