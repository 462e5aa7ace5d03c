import { fixedClock } from '../../src/platform/clock.ts';

/** A Monday afternoon in November, in Helsinki (UTC+2). */
export const DEFAULT_TEST_TIME = '2026-11-23T12:00:00Z';

export const testClock = () => fixedClock(DEFAULT_TEST_TIME);
