import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { responseCache } from './response-cache.ts';

/**
 * A popular question asked by many at once after an edit is rendered once: the requests that ask
 * for the same version meanwhile wait for that render. Who asks for a newer version renders anew.
 */
function gatedApp() {
  let version = 1;
  let renders = 0;
  let release: () => void = () => {};
  let gate = new Promise<void>((r) => (release = r));
  const app = new Hono();
  app.use(
    '*',
    responseCache({
      version: async () => String(version),
      clock: fixedClock('2026-12-04T10:00:00Z'),
      cacheable: () => true,
      nonce: () => undefined,
      language: () => 'fi',
    }),
  );
  app.get('/answer', async (c) => {
    renders++;
    const seen = version;
    await gate;
    return c.json({ seen });
  });
  app.get('/fails', async () => {
    renders++;
    await gate;
    throw new Error('the database went away');
  });
  app.onError((_error, c) => c.json({ failed: true }, 503));
  return {
    app,
    renders: () => renders,
    bump: () => version++,
    open: () => {
      release();
      gate = new Promise<void>((r) => (release = r));
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('the response cache under concurrent misses', () => {
  it('renders a question once for everyone asking it at the same version, and again for a newer one', async () => {
    const t = gatedApp();
    const first = [t.app.request('/answer'), t.app.request('/answer'), t.app.request('/answer')];
    await settle();
    expect(t.renders()).toBe(1);
    t.bump();
    const newer = t.app.request('/answer');
    await settle();
    expect(t.renders()).toBe(2);
    t.open();
    const answers = await Promise.all([...first, newer]);
    expect(answers.map((r) => r.headers.get('x-response-cache'))).toEqual(['miss', 'shared', 'shared', 'miss']);
    expect(await Promise.all(answers.map((r) => r.json()))).toEqual([{ seen: 1 }, { seen: 1 }, { seen: 1 }, { seen: 2 }]);
  });

  it('lets each waiting request render for itself when the shared render fails', async () => {
    const t = gatedApp();
    const failing = [t.app.request('/fails'), t.app.request('/fails')];
    await settle();
    expect(t.renders()).toBe(1);
    t.open();
    await settle();
    expect(t.renders()).toBe(2);
    t.open();
    expect((await Promise.all(failing)).map((r) => r.status)).toEqual([503, 503]);
  });
});
