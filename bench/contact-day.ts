/**
 * A simulated day of the contact channel, driven by the server's clock: families write at the
 * hours families write (few at night, most in the evening), the advisors on duty take the oldest
 * request in a language they answer in, answer after a moment, talk, and close with an outcome.
 * Every step goes through the HTTP API as the real clients do, with the clock set to the moment
 * of the step, so the figures for leadership (`GET /api/v1/contact/figures`) come out of the
 * product's own bookkeeping. The simulation keeps its own account of each request too: the test
 * checks the figures against it, and the bench reports both, with how far the answer time the
 * family was shown was from the real one.
 *
 * Deterministic for a seed: the same day gives the same figures.
 */
import type { ContactChannel, ContactLanguage, ContactOutcome, ContactTopic } from '../src/modules/contact/index.ts';
import { CONTACT_TOPICS, helsinkiInstant } from '../src/modules/contact/index.ts';
import { addDays } from '../src/platform/helsinki-time.ts';

export interface SimClient {
  send(method: string, path: string, body?: unknown): Promise<{ status: number; text: string }>;
}
export interface SimAdvisor extends SimClient {
  name: string;
  languages: readonly ContactLanguage[];
}
export interface DayDriver {
  /** Sets the server's clock (`POST /__test/clock`). */
  setClock(at: Date): Promise<void>;
  /** The family's side: anonymous JSON requests. */
  family: SimClient;
  advisors: readonly SimAdvisor[];
  /** Someone who may read the figures (a regional coordinator), signed in when the day is over. */
  leadership: () => Promise<SimClient>;
}

/** Requests per Helsinki hour, relative: quiet nights, a lunch bump, the evening after the children sleep. */
const HOURLY_WEIGHT = [1, 1, 0.5, 0.5, 0.5, 0.5, 1, 2, 3, 4, 4, 5, 5, 4, 4, 4, 5, 6, 7, 9, 10, 8, 5, 2];
const LANGUAGES: [ContactLanguage, number][] = [
  ['fi', 0.8],
  ['sv', 0.12],
  ['en', 0.08],
];
const CHANNELS: [ContactChannel, number][] = [
  ['chat', 0.5],
  ['message', 0.3],
  ['callback', 0.15],
  ['meeting', 0.05],
];
const TOPICS: readonly ContactTopic[] = CONTACT_TOPICS;
const MUNICIPALITIES = ['491', '491', '491', '593', '178', '507', '213', '046'];
const OUTCOMES: readonly ContactOutcome[] = ['adviceGiven', 'adviceGiven', 'adviceGiven', 'noFurtherAction'];
/** Minutes of a conversation after the first answer, by channel: a chat runs, a message is answered and done. */
const HANDLING_MINUTES: Record<ContactChannel, [number, number]> = {
  chat: [10, 35],
  message: [3, 10],
  callback: [10, 25],
  meeting: [5, 10],
};

/** mulberry32: a small seeded generator, so that a day can be run again. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface SimulatedRequest {
  reference: string;
  language: ContactLanguage;
  channel: ContactChannel;
  hour: number;
  createdAt: Date;
  /** The answer time the family was shown on their follow page right after sending. */
  shownBy: Date | null;
  id?: string;
  firstResponseAt?: Date;
  closedAt?: Date;
}

type EventBody = { at: number } & (
  | { kind: 'arrive'; index: number }
  | { kind: 'pick'; advisor: number }
  | { kind: 'reply'; advisor: number; request: SimulatedRequest }
  | { kind: 'close'; advisor: number; request: SimulatedRequest }
);
type Event = EventBody & { order: number };

const minutes = (ms: number) => ms / 60_000;
const median = (xs: number[]) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return Math.round((s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2) * 10) / 10;
};
const percentileOf = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10 : null;
};

async function ok(response: Promise<{ status: number; text: string }>, expected: number[], what: string) {
  const r = await response;
  if (!expected.includes(r.status)) throw new Error(`${what}: ${r.status} ${r.text.slice(0, 300)}`);
  return r;
}

/**
 * Runs one Helsinki day (`date`, YYYY-MM-DD) of `requests` family requests and leaves the clock
 * at midnight after it, where `GET /contact/figures?days=1` covers exactly that day.
 */
export async function simulateDay(driver: DayDriver, options: { date: string; requests: number; seed?: number; targetMinutes: number }) {
  const rand = random(options.seed ?? 20261202);
  const pick = <T>(weighted: [T, number][]) => {
    let x = rand();
    for (const [value, weight] of weighted) if ((x -= weight) < 0) return value;
    return weighted[weighted.length - 1]![0];
  };
  const dayStart = helsinkiInstant(options.date, '00:00').getTime();
  const totalWeight = HOURLY_WEIGHT.reduce((a, b) => a + b, 0);
  const arrivals = Array.from({ length: options.requests }, () => {
    const hour = pick(HOURLY_WEIGHT.map((w, h) => [h, w / totalWeight] as [number, number]));
    return { hour, at: dayStart + hour * 3_600_000 + Math.floor(rand() * 3_600_000) };
  }).sort((a, b) => a.at - b.at);

  const requests: SimulatedRequest[] = [];
  const busy = driver.advisors.map(() => false);
  const events: Event[] = [];
  let order = 0;
  const schedule = (e: EventBody) => {
    events.push({ ...e, order: order++ });
    events.sort((a, b) => a.at - b.at || a.order - b.order);
  };
  arrivals.forEach((a, index) => schedule({ kind: 'arrive', at: a.at, index }));
  const wakeIdle = (at: number) => driver.advisors.forEach((_, advisor) => !busy[advisor] && schedule({ kind: 'pick', at, advisor }));

  const waiting = new Map<string, SimulatedRequest>();
  while (events.length) {
    const e = events.shift()!;
    await driver.setClock(new Date(e.at));
    if (e.kind === 'arrive') {
      const a = arrivals[e.index]!;
      const language = pick(LANGUAGES);
      const channel = pick(CHANNELS);
      const created = await ok(
        driver.family.send('POST', '/api/v1/contact-requests', {
          topic: TOPICS[Math.floor(rand() * TOPICS.length)],
          municipality: MUNICIPALITIES[Math.floor(rand() * MUNICIPALITIES.length)],
          language,
          channel,
          message: `Simuloitu yhteydenotto ${e.index + 1}`,
          // A call back needs a number; the others stay anonymous.
          ...(channel === 'callback' ? { contact: { phone: '040 000 0000' } } : {}),
        }),
        [201],
        'a new request',
      );
      const { reference, followUrl } = JSON.parse(created.text) as { reference: string; followUrl: string };
      const token = new URL(followUrl).searchParams.get('token')!;
      const view = JSON.parse(
        (await ok(driver.family.send('GET', `/api/v1/contact-requests/follow?token=${token}`), [200], 'the follow link')).text,
      ) as { expected: { by: string | null } | null };
      const request: SimulatedRequest = {
        reference,
        language,
        channel,
        hour: a.hour,
        createdAt: new Date(e.at),
        shownBy: view.expected?.by ? new Date(view.expected.by) : null,
      };
      requests.push(request);
      waiting.set(reference, request);
      wakeIdle(e.at);
    } else if (e.kind === 'pick') {
      if (busy[e.advisor]) continue;
      const advisor = driver.advisors[e.advisor]!;
      const queue = JSON.parse((await ok(advisor.send('GET', '/api/v1/contact/queue?status=open'), [200], 'the queue')).text) as {
        requests: { id: string; reference: string; language: ContactLanguage; status: string }[];
      };
      // The queue is oldest first; an advisor takes the first they can answer in its language.
      for (const row of queue.requests) {
        const request = waiting.get(row.reference);
        if (!request || row.status !== 'waiting' || !advisor.languages.includes(row.language)) continue;
        const claim = await ok(advisor.send('POST', `/api/v1/contact/requests/${row.id}/claim`), [204, 409], 'a claim');
        if (claim.status !== 204) continue;
        waiting.delete(row.reference);
        request.id = row.id;
        busy[e.advisor] = true;
        schedule({ kind: 'reply', at: e.at + Math.round((1 + rand() * 3) * 60_000), advisor: e.advisor, request });
        break;
      }
    } else if (e.kind === 'reply') {
      const advisor = driver.advisors[e.advisor]!;
      await ok(
        advisor.send('POST', `/api/v1/contact/requests/${e.request.id}/messages`, { message: 'Hei, kiitos viestistä.' }),
        [201],
        'a reply',
      );
      e.request.firstResponseAt = new Date(e.at);
      const [low, high] = HANDLING_MINUTES[e.request.channel];
      schedule({ kind: 'close', at: e.at + Math.round((low + rand() * (high - low)) * 60_000), advisor: e.advisor, request: e.request });
    } else {
      const advisor = driver.advisors[e.advisor]!;
      const outcome = OUTCOMES[Math.floor(rand() * OUTCOMES.length)];
      await ok(advisor.send('POST', `/api/v1/contact/requests/${e.request.id}/close`, { outcome }), [204], 'a close');
      e.request.closedAt = new Date(e.at);
      busy[e.advisor] = false;
      schedule({ kind: 'pick', at: e.at, advisor: e.advisor });
    }
  }

  // The next Helsinki midnight (a DST day is 23 or 25 hours long).
  const midnight = helsinkiInstant(addDays(options.date, 1), '00:00');
  await driver.setClock(midnight);
  const figures = JSON.parse(
    (await ok((await driver.leadership()).send('GET', '/api/v1/contact/figures?days=1'), [200], 'the figures')).text,
  ) as {
    byChannel: FigureRow[];
    byHour: FigureRow[];
    byTopic: FigureRow[];
    byMunicipality: FigureRow[];
  };
  return { requests, figures, summary: summarize(requests, options.targetMinutes) };
}

export interface FigureRow {
  key: string;
  requests: number;
  answered: number;
  medianFirstResponseMinutes: number | null;
  medianCloseMinutes: number | null;
  answeredWithinTarget: number;
}

/** The simulation's own account: waiting times to the first answer, by hour, and the shown estimate's error. */
export function summarize(requests: readonly SimulatedRequest[], targetMinutes: number) {
  const wait = (r: SimulatedRequest) => minutes(r.firstResponseAt!.getTime() - r.createdAt.getTime());
  const answered = requests.filter((r) => r.firstResponseAt);
  const byHour = Array.from({ length: 24 }, (_, hour) => {
    const rows = answered.filter((r) => r.hour === hour);
    return {
      hour,
      requests: requests.filter((r) => r.hour === hour).length,
      medianWaitMinutes: median(rows.map(wait)),
      maxWaitMinutes: rows.length ? Math.round(Math.max(...rows.map(wait)) * 10) / 10 : null,
    };
  });
  // Positive: the answer came later than the family was told.
  const estimateErrors = answered.filter((r) => r.shownBy).map((r) => minutes(r.firstResponseAt!.getTime() - r.shownBy!.getTime()));
  return {
    requests: requests.length,
    answered: answered.length,
    closed: requests.filter((r) => r.closedAt).length,
    medianWaitMinutes: median(answered.map(wait)),
    p90WaitMinutes: percentileOf(answered.map(wait), 90),
    maxWaitMinutes: answered.length ? Math.round(Math.max(...answered.map(wait)) * 10) / 10 : null,
    answeredWithinTarget: answered.filter((r) => wait(r) <= targetMinutes).length,
    targetMinutes,
    medianCloseMinutes: median(requests.filter((r) => r.closedAt).map((r) => minutes(r.closedAt!.getTime() - r.createdAt.getTime()))),
    shownEstimate: {
      medianErrorMinutes: median(estimateErrors),
      p90ErrorMinutes: percentileOf(estimateErrors, 90),
      laterThanShown: estimateErrors.filter((x) => x > 0).length,
    },
    byHour,
  };
}
