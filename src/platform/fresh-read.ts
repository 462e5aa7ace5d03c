/**
 * A read that many concurrent callers need fresh, such as the public data version every cached
 * answer is checked against: each caller gets the answer of a run of `load` that began after it
 * asked, so it sees every commit that finished before it asked, exactly as if it had read on its
 * own. Callers arriving while a run is under way share the next run, started when that one ends,
 * so under load there are at most two runs at a time, however many callers there are: one
 * round trip to the database per batch of cache hits instead of one per request.
 */
export function freshRead<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const run: Promise<T> = load().finally(() => {
      if (running === run) running = null;
    });
    running = run;
    return run;
  };
  return () => {
    // Nothing under way: this caller's own run began after it asked.
    if (!running) return start();
    // A run began before this caller asked and may miss a commit it must see: wait for the next.
    if (!queued) {
      const next: Promise<T> = running
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          queued = null;
          return start();
        });
      queued = next;
    }
    return queued;
  };
}
