/**
 * Starts an asynchronous task per item, in the items' order, with at most `limit` of them
 * unfinished at a time, and waits for all of them. Used to hand pages to the search indexer: the
 * next page is prepared while the indexer works on the previous ones, memory stays bounded, and
 * the indexer still receives the pages in order (so the index is the same on every build).
 * Rejects with the first error after the tasks already started have settled; starts no new ones
 * after a failure.
 */
export async function startInOrder<T>(
  items: Iterable<T>,
  limit: number,
  start: (item: T) => Promise<void>,
): Promise<void> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, got ${limit}`);
  const pending = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for (const item of items) {
    if (failure) break;
    const task: Promise<void> = start(item).then(
      () => void pending.delete(task),
      (error: unknown) => {
        pending.delete(task);
        failure ??= { error };
      },
    );
    pending.add(task);
    if (pending.size >= limit) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failure) throw failure.error;
}
