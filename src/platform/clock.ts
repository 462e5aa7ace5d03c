/** Time comes from a clock so that tests can stand at any moment, DST changes included. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock & { set(at: Date | string): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
  };
}

/**
 * A clock that runs like the system clock from wherever it was set: e2e journeys set it to an
 * evening or a holiday and time then passes normally. Only the test hooks hand one out.
 */
export function adjustableClock(base: Clock = systemClock): Clock & { set(at: Date | string): void; reset(): void } {
  let offsetMs = 0;
  return {
    now: () => new Date(base.now().getTime() + offsetMs),
    set: (at) => {
      offsetMs = new Date(at).getTime() - base.now().getTime();
    },
    reset: () => {
      offsetMs = 0;
    },
  };
}

export const HELSINKI = 'Europe/Helsinki';
