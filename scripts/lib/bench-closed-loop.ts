// Closed-loop HTTP load with autocannon: `clients` keep-alive connections, each
// sending its next request as soon as the previous answer arrived. autocannon
// parses HTTP itself, so the load generator costs a fraction of what Node's
// fetch does (on 2 cores it shares the CPU with the server under test);
// latencies are recorded here at full precision (autocannon's histogram keeps ms).
import autocannon from "autocannon";
import { serverTimingParts, summarize, type TLoadOptions, type TLoadResult } from "./bench-load";

type TRequest = { method: "GET" | "POST"; headers: Record<string, string>; body?: string };

/** `makeRequest(i)` builds the next request of connection i (0 ≤ i < clients). */
export async function closedLoop(
  url: string,
  clients: number,
  o: TLoadOptions,
  makeRequest: (client: number) => TRequest,
): Promise<TLoadResult> {
  const latencies: number[] = [];
  const partSums: Record<string, number> = {};
  let errors = 0;
  let firstError: string | null = null;
  const measureFrom = performance.now() + o.warmupMs;
  const measuring = () => performance.now() >= measureFrom;
  // One single-connection instance per client: autocannon's per-request context is
  // reset on every pass over the request list, so it cannot remember which client it is.
  const one = (client: number) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url,
          connections: 1,
          pipelining: 1,
          duration: (o.warmupMs + o.measureMs) / 1000,
          requests: [
            {
              setupRequest: (req) => ({ ...req, ...makeRequest(client) }),
              onResponse: (status, body, _context, headers) => {
                if (!measuring()) return;
                serverTimingParts((headers as Record<string, string> | undefined)?.["server-timing"], (name, ms) => {
                  partSums[name] = (partSums[name] ?? 0) + ms;
                });
                if (status >= 300) {
                  errors++;
                  firstError ??= `HTTP ${status}: ${body.slice(0, 400)}`;
                }
              },
            },
          ],
        },
        (err, result) => (err ? reject(err) : resolve(result)),
      );
      // Recorded only for requests that started after the warm-up.
      instance.on("response", (_client, _status, _bytes, ms) => {
        if (performance.now() - ms >= measureFrom) latencies.push(ms);
      });
    });
  for (const result of await Promise.all(Array.from({ length: clients }, (_, i) => one(i)))) {
    if (result.errors > 0) {
      errors += result.errors;
      firstError ??= `${result.errors} connection errors / ${result.timeouts} timeouts`;
    }
  }
  return summarize({ clients, measureMs: o.measureMs, latencies, errors, firstError, partSums });
}
