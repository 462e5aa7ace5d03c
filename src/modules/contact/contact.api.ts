import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { json, ProblemSchema } from '../../platform/http/api-contract.ts';
import { scopeOf, type AppEnv } from '../../platform/http/app-env.ts';
import { requestOrigin } from '../../platform/http/csrf.ts';
import { validationHook } from '../../platform/http/openapi.ts';
import type { RequestScope } from '../../platform/request-context.ts';
import { contactActions } from './contact.actions.ts';
import type { ContactClient } from './contact.client.ts';
import { contactPaths } from './contact.paths.ts';
import type { ContactHub, ContactStreamEvent } from './contact.realtime.ts';
import { ContactRequestCreatedSchema, MessageSchema, NewContactRequestSchema } from './contact.schema.ts';
import { authorize } from '../../platform/authorization/actions.ts';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
const tokenQuery = z.object({
  token: z.string().max(100).openapi({ description: 'The token of the follow link (256 bits, base64url).' }),
});
const View = z.looseObject({}).openapi('ContactRequestView');
const KEEP_ALIVE_MS = 25_000;

/** A view as JSON (dates as ISO strings); its shape is documented by the page, not by a schema yet. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, never>;

/** One open stream: events as `event: <type>` with JSON data, a comment every 25 s so proxies keep it open. */
function eventStream(c: Context<AppEnv>, subscribe: (send: (e: ContactStreamEvent) => void) => Array<() => void>) {
  c.header('cache-control', 'no-store');
  c.header('x-accel-buffering', 'no');
  return streamSSE(c, async (stream) => {
    const queue: ContactStreamEvent[] = [];
    let wake: (() => void) | null = null;
    const unsubscribe = subscribe((event) => {
      queue.push(event);
      wake?.();
    });
    let open = true;
    stream.onAbort(() => {
      open = false;
      wake?.();
    });
    await stream.writeSSE({ event: 'ready', data: '{}' });
    while (open) {
      const next = queue.shift();
      if (next) {
        await stream.writeSSE({ event: next.type, data: JSON.stringify(next) });
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, KEEP_ALIVE_MS).unref();
      });
      wake = null;
      if (open && queue.length === 0) await stream.write(': keep-alive\n\n');
    }
    for (const fn of unsubscribe) fn();
  });
}

/**
 * The family side of the API: anonymous, no cookies (so no CSRF to guard), never cached; new
 * requests and messages are limited per client and per follow token inside the use cases.
 */
export function contactFamilyApi(
  clientFor: (scope: RequestScope) => ContactClient,
  hub: ContactHub,
  site: { publicOrigin: string | undefined; trustProxy: boolean },
) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const contact = (c: { var: AppEnv['Variables'] }) => clientFor(scopeOf(c));
  const tags = ['Contact a family advisor'];

  api.openapi(
    createRoute({
      method: 'post',
      path: '/contact-requests',
      tags,
      summary: 'A family contacts the family-advisor network',
      description:
        'Anonymous unless `contact` is given. Answers with a reference and a private follow link; its token is shown once and never stored or logged. Not for emergencies: call 112.',
      request: { body: { content: { 'application/json': { schema: NewContactRequestSchema } }, required: true } },
      responses: { 201: json(ContactRequestCreatedSchema, 'Created'), 400: problem('Invalid input'), 429: problem('Too many requests') },
    }),
    async (c) => {
      const lang = c.req.valid('json').language;
      const created = await contact(c).createRequest(c.req.valid('json'));
      const followUrl = `${requestOrigin(c, site.publicOrigin, site.trustProxy)}${contactPaths.follow(lang, created.token)}`;
      return c.json({ reference: created.reference, followUrl }, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/contact-requests/follow',
      tags,
      summary: 'The request as the family follows it',
      request: { query: tokenQuery },
      responses: { 200: json(View, 'The conversation, referrals and the expected answer time'), 404: problem('No such link') },
    }),
    async (c) => c.json(asJson(await contact(c).follow(c.req.valid('query').token)), 200),
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/contact-requests/follow/messages',
      tags,
      summary: 'The family writes in the conversation',
      request: { query: tokenQuery, body: { content: { 'application/json': { schema: MessageSchema } }, required: true } },
      responses: {
        201: json(z.object({ id: z.string() }), 'Sent'),
        400: problem('Invalid input'),
        404: problem('No such link'),
        429: problem('Too many'),
      },
    }),
    async (c) => c.json(await contact(c).postMessage(c.req.valid('query').token, c.req.valid('json')), 201),
  );

  for (const what of ['typing', 'read'] as const) {
    api.openapi(
      createRoute({
        method: 'post',
        path: `/contact-requests/follow/${what}`,
        tags,
        summary: what === 'typing' ? 'The family is typing' : 'The family has read the conversation',
        request: { query: tokenQuery },
        responses: { 204: { description: 'Noted' }, 404: problem('No such link') },
      }),
      async (c) => {
        await contact(c).familyPresence(c.req.valid('query').token, what);
        return c.body(null, 204);
      },
    );
  }

  api.get('/contact-requests/follow/events', async (c) => {
    const request = await contact(c).requestOfToken(c.req.query('token') ?? '');
    await hub.start();
    return eventStream(c, (send) => [hub.subscribeRequest(request.id, (e) => e.type !== 'queue' && send(e))]);
  });

  return api;
}

/** The advisor's side of the live channel: the queue's changes and one conversation's events. */
export function contactStaffApi(clientFor: (scope: RequestScope) => ContactClient, hub: ContactHub) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const contact = (c: { var: AppEnv['Variables'] }) => clientFor(scopeOf(c));
  const tags = ['Family-advisor workspace'];
  const id = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
  const guarded = { 401: problem('Not signed in'), 403: problem('Not permitted'), 404: problem('No such request') };

  api.openapi(
    createRoute({
      method: 'get',
      path: '/contact/queue',
      tags,
      summary: 'The regional queue',
      responses: { 200: json(View, 'The queue'), ...guarded },
    }),
    async (c) => c.json(asJson(await contact(c).queue(c.req.query())), 200),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/contact/requests/{id}',
      tags,
      summary: 'A conversation (the read is recorded)',
      request: { params: id },
      responses: { 200: json(View, 'The conversation'), ...guarded },
    }),
    async (c) => c.json(asJson(await contact(c).conversation(c.req.valid('param').id)), 200),
  );
  api.openapi(
    createRoute({
      method: 'post',
      path: '/contact/requests/{id}/claim',
      tags,
      summary: 'Claim a waiting request',
      description: 'Of two advisors claiming at once exactly one wins; the other gets 409.',
      request: { params: id },
      responses: { 204: { description: 'Claimed' }, 409: problem('Already claimed'), ...guarded },
    }),
    async (c) => {
      await contact(c).claim(c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  api.openapi(
    createRoute({
      method: 'post',
      path: '/contact/requests/{id}/messages',
      tags,
      summary: 'Reply to the family',
      request: { params: id, body: { content: { 'application/json': { schema: MessageSchema } }, required: true } },
      responses: { 201: json(z.object({ id: z.string() }), 'Sent'), 400: problem('Invalid input'), 409: problem('Not yours'), ...guarded },
    }),
    async (c) => c.json(await contact(c).reply(c.req.valid('param').id, c.req.valid('json')), 201),
  );
  api.openapi(
    createRoute({
      method: 'post',
      path: '/contact/requests/{id}/typing',
      tags,
      summary: 'The advisor is typing',
      request: { params: id },
      responses: { 204: { description: 'Noted' }, ...guarded },
    }),
    async (c) => {
      await contact(c).typing(c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  for (const [what, summary] of [
    [
      'close',
      'Close with an outcome: `outcome` (adviceGiven, guidedToService, signedUpToActivity, referredWithConsent, noFurtherAction), `service`?',
    ],
    ['transfer', 'Transfer to another advisor (`toPerson`) or back to the queue for one organisation (`toOrganization`), with a `note`'],
    ['notes', 'An internal note (`message`), never shown to the family'],
  ] as const) {
    api.openapi(
      createRoute({
        method: 'post',
        path: `/contact/requests/{id}/${what}`,
        tags,
        summary,
        request: { params: id, body: { content: { 'application/json': { schema: z.looseObject({}) } }, required: true } },
        responses: { 204: { description: 'Done' }, 400: problem('Invalid input'), 409: problem('Not yours or closed'), ...guarded },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const requestId = c.req.valid('param').id;
        if (what === 'close') await contact(c).close(requestId, body);
        else if (what === 'transfer') await contact(c).transfer(requestId, body);
        else await contact(c).note(requestId, body);
        return c.body(null, 204);
      },
    );
  }
  api.openapi(
    createRoute({
      method: 'get',
      path: '/contact/figures',
      tags,
      summary:
        'Figures for leadership over the last `days` days (default 30): times to first response and to close, by channel, municipality, Helsinki hour and topic',
      request: { query: z.object({ days: z.coerce.number().int().min(1).max(366).optional() }) },
      responses: { 200: json(View, 'The figures'), ...guarded },
    }),
    async (c) => c.json(asJson(await contact(c).figures(c.req.valid('query').days)), 200),
  );

  const Body = z.looseObject({}).openapi('ContactInput');
  api.openapi(
    createRoute({
      method: 'post',
      path: '/contact/requests/{id}/referrals',
      tags,
      summary: 'Refer the family to a service, with their consent recorded',
      description: 'Body: `service`, `givenBy`, `dataItems` (contactDetails, conversation, topic, municipality), `purpose`, `validDays`.',
      request: { params: id, body: { content: { 'application/json': { schema: Body } }, required: true } },
      responses: {
        201: json(z.object({ id: z.string() }), 'Referred'),
        400: problem('Invalid input'),
        409: problem('Not yours'),
        ...guarded,
      },
    }),
    async (c) => c.json(await contact(c).refer(c.req.valid('param').id, c.req.valid('json')), 201),
  );
  api.openapi(
    createRoute({
      method: 'post',
      path: '/contact/referrals/{id}/steps',
      tags,
      summary: 'The receiving service moves a referral on: open, accept, decline (with a coded reason), recordOutcome, close',
      request: { params: id, body: { content: { 'application/json': { schema: Body } }, required: true } },
      responses: { 204: { description: 'Done' }, 400: problem('Invalid input'), 409: problem('Illegal step'), ...guarded },
    }),
    async (c) => {
      await contact(c).respondToReferral(c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  api.get('/contact/events', async (c) => {
    authorize(c.var, contactActions.LIST);
    const requestId = c.req.query('request');
    // Opening a conversation's stream is a read of it: authorized and on record like the page.
    const regionIds = requestId ? [(await contact(c).conversation(requestId)).request.regionId] : (await contact(c).queue({})).regionIds;
    await hub.start();
    return eventStream(c, (send) => [
      ...(requestId ? [hub.subscribeRequest(requestId, (e) => e.type !== 'queue' && send(e))] : []),
      ...(regionIds ?? []).map((region) => hub.subscribeRegion(region, send)),
    ]);
  });

  return api;
}
