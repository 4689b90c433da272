/**
 * How long to wait after the `count`-th attempt before the next one: nothing
 * for the first `free` attempts, then 1 s doubling each time, up to `maxMs`.
 * A slowdown, not a lock-out: the wait passes, and the caller never sleeps on
 * the server (the attempt is refused with the time to wait).
 */
export function throttleDelayMs(count: number, free: number, maxMs: number): number {
  if (count < free) return 0;
  return Math.min(1000 * 2 ** Math.min(count - free, 30), maxMs);
}
