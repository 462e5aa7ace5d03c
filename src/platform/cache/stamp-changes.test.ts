import { describe, expect, it } from 'vitest';
import { StampChanges } from './stamp-changes.ts';

const shown = (...ids: string[]) => new Set(ids);

describe('the stamp changes a process knows of', () => {
  it('lets an answer through versions that only re-stamped services it does not show', () => {
    const changes = new StampChanges(100);
    changes.learn(10, []);
    changes.learn(13, [
      { version: 11, checked: ['a'] },
      { version: 12, checked: ['b', 'c'] },
      { version: 13, checked: ['a'] },
    ]);
    expect(changes.leaveAlone(10, 13, shown('d', 'e'))).toBe(true);
    expect(changes.leaveAlone(10, 13, shown('c'))).toBe(false);
    expect(changes.leaveAlone(11, 13, shown('b'))).toBe(false);
    expect(changes.leaveAlone(12, 13, shown('b'))).toBe(true);
    expect(changes.leaveAlone(10, 13, shown())).toBe(true);
  });

  it('counts a version that is not a stamp change as any change', () => {
    const changes = new StampChanges(100);
    changes.learn(10, []);
    // 12 changed more than stamps: no row for it.
    changes.learn(13, [
      { version: 11, checked: ['a'] },
      { version: 13, checked: ['a'] },
    ]);
    expect(changes.leaveAlone(10, 11, shown('b'))).toBe(true);
    expect(changes.leaveAlone(10, 13, shown('b'))).toBe(false);
    expect(changes.leaveAlone(12, 13, shown('b'))).toBe(true);
  });

  it('knows nothing before its first read, nor beyond its last, nor after going back', () => {
    const changes = new StampChanges(100);
    expect(changes.knownUpTo()).toBeNull();
    changes.learn(10, [{ version: 10, checked: ['a'] }]);
    expect(changes.knownUpTo()).toBe(10);
    expect(changes.leaveAlone(9, 10, shown('b'))).toBe(false);
    changes.learn(11, [{ version: 11, checked: ['a'] }]);
    expect(changes.leaveAlone(10, 12, shown('b'))).toBe(false);
    expect(changes.leaveAlone(11, 11, shown('b'))).toBe(false);
    // A database emptied and loaded again starts its versions over.
    changes.learn(3, []);
    expect(changes.leaveAlone(10, 11, shown('b'))).toBe(false);
    expect(changes.knownUpTo()).toBe(3);
  });

  it('forgets versions older than its span, and starts over after a longer gap', () => {
    const changes = new StampChanges(5);
    changes.learn(0, []);
    for (let v = 1; v <= 8; v++) changes.learn(v, [{ version: v, checked: ['a'] }]);
    expect(changes.leaveAlone(3, 8, shown('b'))).toBe(true);
    expect(changes.leaveAlone(2, 8, shown('b'))).toBe(false);
    changes.learn(20, [{ version: 20, checked: ['a'] }]);
    expect(changes.leaveAlone(8, 20, shown('b'))).toBe(false);
    expect(changes.knownUpTo()).toBe(20);
  });

  it('ignores changes outside the versions a read covers, and forgets all when the version is unreadable', () => {
    const changes = new StampChanges(100);
    changes.learn(10, [{ version: 9, checked: ['x'] }]);
    changes.learn(12, [
      { version: 10, checked: ['x'] },
      { version: 11, checked: ['a'] },
      { version: 12, checked: ['a'] },
      { version: 13, checked: ['a'] },
    ]);
    expect(changes.leaveAlone(10, 12, shown('x'))).toBe(true);
    changes.learn(Number.NaN, []);
    expect(changes.knownUpTo()).toBeNull();
    expect(changes.leaveAlone(10, 12, shown('x'))).toBe(false);
  });
});
