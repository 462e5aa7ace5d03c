import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../platform/http/app-env.ts';
import type { AppModule } from '../platform/module.ts';
import { createTestApp } from '../../tests/support/test-app.ts';
import { openTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import type { CookieGroupSlots } from './audiences.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('empty');
});
afterAll(() => database?.close());

/** A slot that marks the responses it saw, so a test can tell which audience a route was in. */
const marking =
  (name: string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await next();
    c.res.headers.append('x-slots', name);
  };
const slots: CookieGroupSlots = { session: marking('session'), csrf: marking('csrf'), rateLimit: marking('rate-limit') };

/** A module with one route per audience, on neighbouring paths under the same prefix. */
const probeModule: AppModule<'probe'> = {
  name: 'probe',
  create() {
    const publicApi = new OpenAPIHono<AppEnv>();
    publicApi.get('/probe/open', (c) => c.json({ audience: 'public' }));
    const staffApi = new OpenAPIHono<AppEnv>();
    staffApi.get('/probe/staff', (c) => c.json({ audience: 'staff' }));
    staffApi.post('/probe/staff', (c) => c.json({ written: true }, 201));
    return { publicApi, staffApi };
  },
};

const app = () => createTestApp(database, { cookieGroup: slots, extraModules: [probeModule] });

describe('audiences', () => {
  it('give the public API open CORS and a public cache, and none of the cookie group slots', async () => {
    const { get } = await app();
    const res = await get('/api/v1/probe/open');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('x-slots')).toBeNull();
  });

  it('run the session, CSRF and rate-limit slots, in that order, on every staff API route and never cache it', async () => {
    const t = await app();
    for (const res of [await t.get('/api/v1/probe/staff'), await t.app.request('/api/v1/probe/staff', { method: 'POST' })]) {
      expect(res.status).toBeLessThan(300);
      // Post-processing runs innermost first.
      expect(res.headers.get('x-slots')).toBe('rate-limit, csrf, session');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('put the staff pages in the cookie group and the family pages outside it', async () => {
    const t = await app();
    const staff = await t.get('/fi/staff/anything');
    expect(staff.headers.get('x-slots')).toBe('rate-limit, csrf, session');
    expect(staff.headers.get('cache-control')).toBe('no-store');
    const family = await t.get('/fi/search');
    expect(family.headers.get('x-slots')).toBeNull();
  });

  it('refuse a module that puts a write in the public API', async () => {
    const writer: AppModule<'writer'> = {
      name: 'writer',
      create() {
        const publicApi = new OpenAPIHono<AppEnv>();
        publicApi.post('/writer', (c) => c.json({}));
        return { publicApi };
      },
    };
    await expect(createTestApp(database, { extraModules: [writer] })).rejects.toThrow(/read-only: POST \/writer/);
  });
});
