// Closed-loop load: `clients` concurrent loops, each starting its next request
// as soon as the previous one finished (or after a think time, 0.5–1.5 ×
// thinkMs, like a person between cards). Requests that start during the
// warm-up are not measured; loops stop starting requests when time is up.
import { percentile } from "./bench-table";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A load's timing: requests starting in the warm-up are not measured. */
export type TLoadOptions = { warmupMs: number; measureMs: number };

/** Each `name;dur=ms` of a Server-Timing header. */
export function serverTimingParts(header: string | null | undefined, note: (name: string, ms: number) => void) {
  for (const m of (header ?? "").matchAll(/(\w+);dur=([\d.]+)/g)) note(m[1]!, Number(m[2]));
}

/** One request; resolves to null on success or to an error description. `part` notes a timed part of it (e.g. from Server-Timing). */
export type TRequest = (client: number, part: (name: string, ms: number) => void) => Promise<string | null>;
export type TLoadResult = {
  clients: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  mean: number;
  errors: number;
  firstError: string | null;
  /** Mean ms of each noted part over the measured requests. */
  parts: Record<string, number>;
};

export async function runLoad(
  clients: number,
  warmupMs: number,
  measureMs: number,
  request: TRequest,
  thinkMs = 0,
): Promise<TLoadResult> {
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const stopAt = measureFrom + measureMs;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const partSums: Record<string, number> = {};
  const loop = async (client: number) => {
    // Paced clients start spread out instead of all at once.
    if (thinkMs > 0) await sleep(Math.random() * thinkMs);
    while (performance.now() < stopAt) {
      const t0 = performance.now();
      const parts: Record<string, number> = {};
      let error: string | null;
      try {
        error = await request(client, (name, ms) => void (parts[name] = ms));
      } catch (e) {
        error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
      const ms = performance.now() - t0;
      if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
      if (t0 < measureFrom) continue;
      latencies.push(ms);
      for (const [k, v] of Object.entries(parts)) partSums[k] = (partSums[k] ?? 0) + v;
      if (error !== null) {
        errors++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => loop(i)));
  return summarize({ clients, measureMs, latencies, errors, firstError, partSums });
}

export type TSamples = {
  clients: number;
  measureMs: number;
  latencies: number[];
  errors: number;
  firstError: string | null;
  partSums: Record<string, number>;
};

/** Throughput, percentiles and mean parts of the measured requests. */
export function summarize({ clients, measureMs, latencies, errors, firstError, partSums }: TSamples): TLoadResult {
  const n = Math.max(1, latencies.length);
  return {
    clients,
    requests: latencies.length,
    perSecond: latencies.length / (measureMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((a, b) => a + b, 0) / n,
    errors,
    firstError,
    parts: Object.fromEntries(Object.entries(partSums).map(([k, v]) => [k, v / n])),
  };
}
