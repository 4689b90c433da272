// Where the shared evaluation data sets live: $DECKHAND_DATASETS, else
// shared/datasets beside the checkout (../shared/datasets), looked for in the
// checkout's parent folders too so a git worktree nested deeper finds it.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const checkout = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function datasetsDir(env: Record<string, string | undefined> = process.env, from = checkout): string {
  if (env.DECKHAND_DATASETS) return path.resolve(env.DECKHAND_DATASETS);
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared", "datasets");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.join(path.dirname(from), "shared", "datasets");
  }
}

/** One data set's folder, e.g. datasetPath("asag-mohler"). */
export const datasetPath = (name: string) => path.join(datasetsDir(), name);
