/**
 * Sign-ins per second at the chosen argon2id cost (src/modules/identity/passwords.ts):
 *   - argon2id alone, in this process: hashes verified per second at 1, 4 and 16 at once;
 *   - the whole sign-in over HTTP against the running server: the sign-in page (its CSRF token),
 *     the form post, argon2 verify, the session and its audit row, the 303 and its cookie.
 * A demo account signs in over and over (demo mode has them); the server runs without the
 * sign-in rate limit, which would otherwise be what is measured.
 */
import { hash, verify } from '@node-rs/argon2';
import { loadIdentityConfig } from '../src/modules/identity/identity.config.ts';

const DEMO_EMAIL = 'mll.editori@perhekeskus.example';
const DEMO_PASSWORD = 'Perhekeskus-demo-2026';

export interface SignInMeasurement {
  concurrency: number;
  seconds: number;
  signIns: number;
  failures: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function loop(concurrency: number, seconds: number, once: () => Promise<boolean>): Promise<SignInMeasurement> {
  const times: number[] = [];
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        if (await once()) times.push(performance.now() - started);
        else failures++;
      }
    }),
  );
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    concurrency,
    seconds,
    signIns: times.length,
    failures,
    perSecond: round(times.length / seconds),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
  };
}

/** argon2id verifications per second at the configured cost, on libuv's thread pool. */
export async function measureArgon2(seconds: number) {
  const { argon2 } = loadIdentityConfig(process.env);
  const options = { memoryCost: argon2.memoryKib, timeCost: argon2.timeCost, parallelism: 1 };
  const phc = await hash(DEMO_PASSWORD, options);
  const results = [];
  for (const concurrency of [1, 4, 16]) results.push(await loop(concurrency, seconds, () => verify(phc, DEMO_PASSWORD)));
  return { cost: { memoryKib: argon2.memoryKib, timeCost: argon2.timeCost, parallelism: 1 }, verify: results };
}

/** One whole sign-in as a browser makes it. */
async function signInOnce(base: string): Promise<boolean> {
  const page = await fetch(`${base}/fi/staff`);
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrf) return false;
  const res = await fetch(`${base}/fi/staff`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: base },
    body: new URLSearchParams({ _csrf: csrf, email: DEMO_EMAIL, password: DEMO_PASSWORD }).toString(),
  });
  await res.arrayBuffer();
  return res.status === 303 && res.headers.getSetCookie().some((c) => c.startsWith('perhekeskus-session='));
}

export async function measureHttpSignIns(base: string, seconds: number) {
  await signInOnce(base); // warm up
  const results = [];
  for (const concurrency of [1, 4, 16]) results.push(await loop(concurrency, seconds, () => signInOnce(base)));
  return results;
}
