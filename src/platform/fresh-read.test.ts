import { describe, expect, it } from 'vitest';
import { freshRead } from './fresh-read.ts';

/** A load whose runs the test ends one by one, seeing the value current when each run began. */
function controlledLoad() {
  let value = 0;
  const runs: { seen: number; finish: () => void; fail: (e: Error) => void }[] = [];
  const load = () =>
    new Promise<number>((resolve, reject) => {
      const seen = value;
      runs.push({ seen, finish: () => resolve(seen), fail: reject });
    });
  return { load, runs, commit: () => ++value };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('freshRead', () => {
  it('never answers a caller from a run that began before it asked', async () => {
    const { load, runs, commit } = controlledLoad();
    const read = freshRead(load);
    const first = read();
    commit(); // committed after the first run began, before the next callers ask
    const second = read();
    const third = read();
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    expect(await first).toBe(0);
    await tick();
    expect(runs).toHaveLength(2); // the two later callers share one run, begun after they asked
    runs[1]!.finish();
    expect([await second, await third]).toEqual([1, 1]);
  });

  it('starts afresh once nothing is under way, and a failed run fails only its own callers', async () => {
    const { load, runs } = controlledLoad();
    const read = freshRead(load);
    const failing = read();
    const waiting = read();
    runs[0]!.fail(new Error('connection lost'));
    await expect(failing).rejects.toThrow('connection lost');
    await tick();
    runs[1]!.finish();
    expect(await waiting).toBe(0);
    const later = read();
    expect(runs).toHaveLength(3);
    runs[2]!.finish();
    expect(await later).toBe(0);
  });
});
