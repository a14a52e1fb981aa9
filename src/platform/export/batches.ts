/**
 * Every row of a sorted list, read a batch at a time (`fetch(offset, limit)` in the list's own order), so a download
 * lists its rows as the screen does without holding them all.
 */
export async function* inBatches<T>(fetch: (offset: number, limit: number) => Promise<T[]>, size = 2000): AsyncGenerator<T> {
  for (let offset = 0; ; offset += size) {
    const batch = await fetch(offset, size);
    yield* batch;
    if (batch.length < size) return;
  }
}
