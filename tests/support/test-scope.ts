import type { Kysely } from 'kysely';
import { anonymous, type Actor } from '../../src/platform/actor.ts';
import type { Clock } from '../../src/platform/clock.ts';
import type { Lang } from '../../src/platform/i18n-text.ts';
import { createLogger } from '../../src/platform/logger.ts';
import type { AppModule } from '../../src/platform/module.ts';
import type { RequestScope } from '../../src/platform/request-context.ts';
import { testClock } from './test-clock.ts';
import { testModuleDeps } from './test-services.ts';
import { actionCatalogue } from '../../src/server/modules.ts';

const silent = createLogger('silent');

/** A use case's request scope in a test: anonymous, Finnish, at the test clock unless told otherwise. */
export function testScope(overrides: Partial<RequestScope> = {}): RequestScope {
  return {
    actor: anonymous,
    clock: testClock(),
    requestId: 'test-request',
    lang: 'fi',
    logger: silent,
    clientAddress: '192.0.2.1',
    ...overrides,
  };
}

/**
 * A module built over a test database, and its use cases for one language and actor, as pages
 * and API handlers call them: `catalog('sv').searchServices({ q: 'rådgivning' })`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test database
export function clientOf<Client>(definition: AppModule<string, Client>, db: Kysely<any>, clock: Clock = testClock()) {
  const instance = definition.create({ ...testModuleDeps(db, clock, silent), actionCatalogue: actionCatalogue() });
  if (!instance.client) throw new Error(`${definition.name} has no use cases for pages`);
  const client = instance.client;
  return (lang: Lang = 'fi', actor: Actor = anonymous): Client => client(testScope({ clock, lang, actor }));
}
