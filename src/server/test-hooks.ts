import { Hono } from 'hono';
import { z } from 'zod';
import type { adjustableClock } from '../platform/clock.ts';
import type { AnyDatabaseHandle } from '../platform/db/database.ts';
import { truncateAllTables } from '../platform/db/maintenance.queries.ts';
import type { AppEnv } from '../platform/http/app-env.ts';
import type { Logger } from '../platform/logger.ts';
import type { BuiltModule } from './app.ts';
import { prepareData } from './demo-data.ts';

/** Where the hooks answer; nothing else in the product lives under it. */
export const TEST_HOOKS_PREFIX = '/__test';

const clockRequest = z.union([z.object({ at: z.iso.datetime({ offset: true }) }), z.object({ system: z.literal(true) })]);

/**
 * For browser journeys only, and only when the server was started with TEST_HOOKS=enabled (the
 * configuration refuses it together with an https PUBLIC_ORIGIN, so a deployment never has it):
 *
 *   POST /__test/clock  {"at": "2026-12-06T21:00:00+02:00"}  the server's time from now on (it keeps running)
 *   POST /__test/clock  {"system": true}                      back to the real time
 *   POST /__test/reset                                        every table emptied, the demo loaded anew at the server's time
 */
export function testHooks(deps: {
  database: AnyDatabaseHandle;
  clock: ReturnType<typeof adjustableClock>;
  modules: readonly BuiltModule[];
  logger: Logger;
}) {
  const hooks = new Hono<AppEnv>();
  hooks.post('/clock', async (c) => {
    const parsed = clockRequest.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ error: 'expected {"at": ISO 8601 date-time with offset} or {"system": true}' }, 400);
    if ('at' in parsed.data) deps.clock.set(parsed.data.at);
    else deps.clock.reset();
    return c.json({ now: deps.clock.now().toISOString() });
  });
  hooks.post('/reset', async (c) => {
    await truncateAllTables(deps.database.db);
    const instances = deps.modules.map((m) => m.instance);
    for (const instance of instances) instance.clearCaches?.();
    await prepareData(deps.database, instances, { mode: 'always', clock: deps.clock, logger: deps.logger });
    return c.json({ reset: true, now: deps.clock.now().toISOString() });
  });
  return hooks;
}
