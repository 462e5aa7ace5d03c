import { fixedClock } from '../../src/platform/clock.ts';
import { helsinkiMoment } from '../../src/platform/helsinki-time.ts';

/** A Monday afternoon in November, in Helsinki (UTC+2): the moment every test stands at by default. */
export const DEFAULT_TEST_TIME = '2026-11-23T12:00:00Z';

/** A clock standing at DEFAULT_TEST_TIME (or `at`), which the test may move. */
export const testClock = (at: Date | string = DEFAULT_TEST_TIME) => fixedClock(at);

/** The Helsinki date at DEFAULT_TEST_TIME: the "today" the demo fixture database was built for. */
export const TEST_TODAY = helsinkiMoment(new Date(DEFAULT_TEST_TIME)).date;
