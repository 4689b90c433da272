// The Quick start's two lines start on a fresh clone with no node_modules:
// `npm run setup` and `npm test` must install before anything they import needs
// a package. Static imports load before any line runs, so those scripts (and the
// local modules they import statically) may import only Node's own modules.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SCRIPTS = path.resolve(import.meta.dirname, "../../../scripts");

/** Every module a script loads through static imports, followed through local files. */
function staticImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/^\s*import\s[^"'`]*?["']([^"']+)["']/gm)].map((m) => m[1]!);
  return specifiers.flatMap((s) =>
    s.startsWith(".") ? [s, ...staticImports(path.resolve(path.dirname(file), s), seen)] : [s],
  );
}

describe("the scripts a fresh clone runs first", () => {
  for (const script of ["setup.mjs", "test.mjs"])
    it(`${script} imports only Node's own modules before it installs`, () => {
      const packages = staticImports(path.join(SCRIPTS, script)).filter((s) => !s.startsWith("."));
      expect(packages.length).toBeGreaterThan(0);
      expect(packages.filter((s) => !s.startsWith("node:"))).toEqual([]);
    });
});
