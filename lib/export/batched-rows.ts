// Reads a user's rows in keyset-paged batches (ordered by a date, then id),
// so an export holds one batch in memory whatever the total.
export const EXPORT_BATCH = 5_000;

export type TCursor = { id: string; at: Date };

export async function* batchedRows<T extends { id: string }>(
  read: (after: TCursor | null, take: number) => Promise<T[]>, at: (row: T) => Date, batch = EXPORT_BATCH,
): AsyncGenerator<T[]> {
  let after: TCursor | null = null;
  for (;;) {
    const rows = await read(after, batch);
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    const last = rows[rows.length - 1]!;
    after = { id: last.id, at: at(last) };
  }
}

/** The keyset condition "after (field, id)" for Prisma: each batch is an index range, not an offset. */
export const afterKey = (field: string, c: TCursor | null) =>
  c ? { OR: [{ [field]: { gt: c.at } }, { [field]: c.at, id: { gt: c.id } }] } : {};

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
