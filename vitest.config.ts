// Four projects, one run: pure unit tests, the database suites on a real
// SQLite file and again on a real PostgreSQL server, and browser flows in
// headless Chromium against `next start`.
import { defineConfig } from "vitest/config";
import path from "node:path";
import { announceSkips, skippedParts } from "./tests/support/opt-out";

// Vitest 5 prints failures with Map.groupBy, which Node 20 lacks.
const M = Map as unknown as { groupBy?: unknown };
M.groupBy ??= <K, V>(items: Iterable<V>, key: (v: V, i: number) => K) => {
  const out = new Map<K, V[]>();
  let i = 0;
  for (const v of items) {
    const k = key(v, i++);
    out.set(k, [...(out.get(k) ?? []), v]);
  }
  return out;
};

const root = import.meta.dirname;
// DECKHAND_SKIP=pg,e2e leaves those projects out, loudly; nothing is skipped silently.
const skipped = skippedParts();
announceSkips(skipped);
const shared = {
  resolve: {
    alias: {
      "@": root,
      // Marker package that throws outside React Server Components.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
};

export default defineConfig({
  test: {
    reporters: ["default", path.join(root, "tests/support/summary-reporter.ts")],
    projects: [
      {
        ...shared,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        ...shared,
        test: {
          name: "sqlite",
          include: ["tests/db/**/*.test.ts"],
          env: { TEST_DB: "sqlite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(skipped.includes("pg")
        ? []
        : [
            {
              ...shared,
              test: {
                name: "postgres",
                include: ["tests/db/**/*.test.ts"],
                env: { TEST_DB: "postgresql" },
                globalSetup: ["tests/support/postgres-global-setup.ts"],
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]),
      ...(skipped.includes("e2e")
        ? []
        : [
            {
              ...shared,
              test: {
                name: "e2e",
                include: ["tests/e2e/**/*.test.ts"],
                globalSetup: ["tests/e2e/global-setup.ts"],
                // After the other projects: on two cores a browser, a server and the
                // CPU-heavy unit tests at once only produce timeouts.
                sequence: { groupOrder: 1 },
                fileParallelism: false,
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]),
    ],
  },
});
