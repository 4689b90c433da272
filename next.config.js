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
    // The scorer's model runtime (native) and its worker pool (loads lib/scoring/embed-worker.mjs by path).
    "onnxruntime-node",
    "@huggingface/tokenizers",
    "piscina",
    "pino",
  ],
  // The browser tests build into their own folder (scripts/test.mjs).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typedRoutes: false,
  // React's taint API (lib/security/taint.ts): a tainted object or value that
  // reaches a client component fails the render instead of reaching the browser.
  experimental: { taint: true },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // Pages get a nonce-based CSP from proxy.ts; API answers are data, never documents.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      // HSTS only where it means something: a response the browser got over HTTPS (directly or via our proxy).
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

// On every response, pages and API alike.
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

export default nextConfig;
