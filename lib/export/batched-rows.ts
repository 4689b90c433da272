// Reads a user's rows in keyset-paged batches (ordered by a date, then id),
// so an export holds one batch in memory whatever the total.
export const EXPORT_BATCH = 5_000;

export type TCursor = { at: Date; skip: number };

/**
 * Batches in (at, id) order. Each query is one range of the (userId, at) index,
 * `at >= last at`, asking for as many extra rows as were already sent at that
 * very instant and dropping them (ties on a millisecond are rare, so this is a
 * handful). An `(at > x) OR (at = x AND id > y)` condition is the textbook
 * keyset, but planners may not use the index for it, which makes an export of
 * a million rows quadratic.
 */
export async function* batchedRows<T extends { id: string }>(
  read: (after: TCursor | null, take: number) => Promise<T[]>,
  at: (row: T) => Date,
  batch = EXPORT_BATCH,
): AsyncGenerator<T[]> {
  let cursor: TCursor | null = null;
  let sentAtLast = new Set<string>();
  for (;;) {
    const got = await read(cursor, batch + (cursor?.skip ?? 0));
    const rows = sentAtLast.size ? got.filter((r) => !sentAtLast.has(r.id)) : got;
    if (rows.length) yield rows;
    if (got.length < batch + (cursor?.skip ?? 0) || !rows.length) return;
    const lastAt = at(rows[rows.length - 1]!).getTime();
    const tied = rows.filter((r) => at(r).getTime() === lastAt).map((r) => r.id);
    sentAtLast = cursor && cursor.at.getTime() === lastAt ? new Set([...sentAtLast, ...tied]) : new Set(tied);
    cursor = { at: new Date(lastAt), skip: sentAtLast.size };
  }
}

/** The range condition "at or after the cursor" for Prisma. */
export const afterKey = (field: string, c: TCursor | null) => (c ? { [field]: { gte: c.at } } : {});

/** A ReadableStream pulling one chunk per batch: the consumer's pace sets ours (backpressure). */
export function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
