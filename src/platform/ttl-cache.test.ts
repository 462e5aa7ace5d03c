import { describe, expect, it } from 'vitest';
import { cachedFor } from './ttl-cache.ts';

describe('cachedFor', () => {
  it('loads once within the time to live and again after it', async () => {
    let clock = 0;
    let loads = 0;
    const get = cachedFor(
      1000,
      async () => ++loads,
      () => clock,
    );
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    clock = 1000;
    expect(await get()).toBe(1);
    clock = 1001;
    expect(await get()).toBe(2);
  });

  it('forgets a failed load', async () => {
    let fail = true;
    const get = cachedFor(1000, async () => {
      if (fail) throw new Error('down');
      return 'up';
    });
    await expect(get()).rejects.toThrow('down');
    fail = false;
    expect(await get()).toBe('up');
  });
});
