// The data layer's door for user-owned rows: `owned(db, userId)` gives the
// owned models' usual Prisma methods with the owner bound into every call
// (the where of reads, updates and deletes; the data of creates). Plain
// delegates, so it works the same on the SQLite and PostgreSQL clients and
// on a transaction's client, and a batch `$transaction([...])` still takes its
// calls. tests/unit/foundation/owned-queries.test.ts fails when an owned
// model is queried any other way outside the few modules listed there.
import type { TDb } from "./client";

export const OWNED_MODELS = [
  "card",
  "reviewLog",
  "interviewSession",
  "interviewAnswer",
  "dailyActivity",
  "cardActionLog",
  "activityTotal",
  "apiToken",
] as const;
export type TOwnedModel = (typeof OWNED_MODELS)[number];
export type TOwned = Pick<TDb, TOwnedModel> & { readonly userId: string };

type TArgs = { where?: object; data?: object | object[]; create?: object } | undefined;

const WITH_DATA = new Set(["create", "createMany", "createManyAndReturn"]);

function scope(op: string, args: TArgs, userId: string): TArgs {
  const a = { ...args };
  if (WITH_DATA.has(op)) {
    a.data = Array.isArray(a.data) ? a.data.map((d) => ({ ...d, userId })) : { ...a.data, userId };
    return a;
  }
  // The owner goes last so a userId in the caller's where can never widen it.
  a.where = { ...a.where, userId };
  if (op === "upsert") a.create = { ...a.create, userId };
  return a;
}

function delegate(model: object, userId: string) {
  return new Proxy(model, {
    get(target, op: string) {
      const method = (target as Record<string, unknown>)[op];
      if (typeof method !== "function") return method;
      // Returned as is: Prisma's lazy promise, so a batch transaction can still take it.
      return (args?: TArgs) => (method as (a: TArgs) => unknown).call(target, scope(op, args, userId));
    },
  });
}

/** The owned models of `client` (a client, a transaction's client, or a part of one) bound to `userId`. */
export function owned<K extends TOwnedModel = TOwnedModel>(
  client: Pick<TDb, K>,
  userId: string,
): Pick<TDb, K> & { readonly userId: string } {
  if (!userId) throw new Error("owned() needs the signed-in user's id");
  const out: Record<string, unknown> = { userId };
  for (const m of OWNED_MODELS) if (m in client) out[m] = delegate((client as Record<string, object>)[m]!, userId);
  return out as Pick<TDb, K> & { readonly userId: string };
}
