import "server-only";
import { env } from "@/lib/env";
import { getDb } from "./client";

/** The app's database, from the validated DATABASE_URL. */
export const db = () => getDb(env().DATABASE_URL);
export type { TDb } from "./client";
