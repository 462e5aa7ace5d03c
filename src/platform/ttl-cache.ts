/**
 * A value loaded on first use and reloaded once it is older than `ttlMs`; concurrent callers share
 * one load, and a failed load is forgotten so the next caller tries again.
 */
export function cachedFor<T>(ttlMs: number, load: () => Promise<T>, now: () => number = Date.now): (() => Promise<T>) & { clear(): void } {
  let entry: { at: number; value: Promise<T> } | null = null;
  const get = () => {
    const at = now();
    if (!entry || at - entry.at > ttlMs) {
      const value = load();
      const current = { at, value };
      entry = current;
      value.catch(() => {
        if (entry === current) entry = null;
      });
    }
    return entry.value;
  };
  return Object.assign(get, {
    /** Forgets the value: the next call loads it again. */
    clear() {
      entry = null;
    },
  });
}
