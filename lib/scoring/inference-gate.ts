/**
 * Lets at most `limit` inference tasks run at once, so a core stays with the
 * event loop under load (on 2 cores inference on both starved it: health p99
 * 83 ms at 10 clients against 31 ms). A task that finds nothing waiting may
 * borrow one more core: when the server is quiet, one answer's two models
 * run side by side and its wait halves; under load the queue is rarely empty
 * and nothing is borrowed.
 */
export class InferenceGate {
  private running = 0;
  private borrowed = false;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError("limit must be at least 1");
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    let borrowing = false;
    if (this.running < this.limit && this.waiting.length === 0) this.running++;
    else if (!this.borrowed && this.waiting.length === 0) borrowing = this.borrowed = true;
    // The slot is handed over by the task that frees it (running stays counted).
    else await new Promise<void>((start) => this.waiting.push(start));
    try {
      return await task();
    } finally {
      if (borrowing) this.borrowed = false;
      else {
        const next = this.waiting.shift();
        if (next) next();
        else this.running--;
      }
    }
  }

  /** Tasks running now (borrowed included) and waiting: for tests and benchmarks. */
  get load(): { running: number; waiting: number } {
    return { running: this.running + (this.borrowed ? 1 : 0), waiting: this.waiting.length };
  }
}
