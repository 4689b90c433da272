// The card browser's query string, validated: bad values fall back to the
// defaults instead of failing the page (it is a URL people edit by hand).
import { z } from "zod";

export const CARD_STATES = ["new", "learning", "review", "relearning"] as const;
export const CARD_FLAGS = ["suspended", "leech", "buried"] as const;
export const CARD_SORTS = ["due", "difficulty", "retrievability", "lapses"] as const;
export const PAGE_SIZE = 50;

export const ZCardQuery = z.object({
  q: z.string().trim().max(200).catch(""),
  chapter: z.string().max(200).catch(""),
  deck: z.string().max(64).catch(""),
  state: z.enum(CARD_STATES).optional().catch(undefined),
  flag: z.enum(CARD_FLAGS).optional().catch(undefined),
  sort: z.enum(CARD_SORTS).catch("due"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type TCardQuery = z.output<typeof ZCardQuery>;

export const parseCardQuery = (raw: Record<string, string | string[] | undefined>) =>
  ZCardQuery.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
