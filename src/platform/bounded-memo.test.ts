import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.ts';

describe('boundedMemo', () => {
  it('computes each key once, falsy answers too, and starts over past its bound', () => {
    const computed: number[] = [];
    const half = boundedMemo(2, (n: number) => {
      computed.push(n);
      return n === 0 ? false : n / 2;
    });
    expect([half(4), half(4), half(0), half(0)]).toEqual([2, 2, false, false]);
    expect(computed).toEqual([4, 0]);
    half(6); // a third key: the first two are forgotten
    half(4);
    expect(computed).toEqual([4, 0, 6, 4]);
  });
});
