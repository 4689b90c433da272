// What the production build under test contains, read from its manifests, so
// the security walks cover pages and actions other branches add.
import fs from "node:fs";
import path from "node:path";

const server = path.resolve(import.meta.dirname, "../../../.next-e2e/server");
const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(server, file), "utf8")) as T;

/** "app/(app)/lessons/[slug]/page" → "/lessons/[slug]" (route groups dropped). */
export const urlPathOf = (entry: string) =>
  "/" +
  entry
    .replace(/^app\/|^\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .join("/");

/** Every page route of the build, as URL paths with their [params] still in. */
export function pageRoutes(): { entry: string; path: string }[] {
  const manifest = read<Record<string, string>>("app-paths-manifest.json");
  return Object.keys(manifest)
    .filter((k) => k.endsWith("/page") && !/\/_(not-found|global-error)\//.test(k))
    .map((entry) => ({ entry, path: urlPathOf(entry) }));
}

export type TServerAction = { id: string; name: string; file: string; pages: string[] };

/** Every server action the build exposes, with the pages whose bundle can run it. */
export function serverActions(): TServerAction[] {
  const manifest = read<{
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  }>("server-reference-manifest.json");
  return Object.entries(manifest.node).map(([id, a]) => ({
    id,
    name: a.exportedName ?? "?",
    file: a.filename ?? "?",
    pages: Object.keys(a.workers).map(urlPathOf),
  }));
}

/** Fills [params] so the route renders something (unknown params get a value that is nobody's). */
export const fillParams = (p: string, values: Record<string, string>) =>
  p.replace(/\[\.{0,3}(\w+)\]/g, (_, name: string) => values[name] ?? "not-a-real-id");
