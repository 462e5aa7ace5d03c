import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { testClock } from '../../../tests/support/test-clock.ts';
import { systemActor } from '../actor.ts';
import { write } from '../db/transactions.ts';
import { createJobQueue, type JobDefinition } from '../jobs/job-queue.ts';
import { createLogger } from '../logger.ts';
import { createOutbox, smtpTransport, type MailTransport } from './outbox.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';

let database: TestDatabase;
let sink: SmtpSink;
beforeAll(async () => {
  database = await openTestDatabase('empty');
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink?.close();
  await database?.close();
});

const silent = createLogger('silent');
const actor = systemActor('test');

/** An outbox over the test database whose transport fails the first `failures` times, then goes to the sink. */
function outboxWith(failures: number, retryLimit = 2) {
  const jobs = createJobQueue({ db: database.db, logger: silent });
  const real = smtpTransport({ host: '127.0.0.1', port: sink.port, secure: false, requireStartTls: false, plain: true });
  let left = failures;
  const transport: MailTransport = {
    async deliver(message) {
      if (left-- > 0) throw new Error('421 try again later');
      await real.deliver(message);
    },
    close: () => real.close(),
  };
  const outbox = createOutbox({
    db: database.db,
    jobs,
    transport,
    from: 'Perhekeskus <noreply@perhekeskus.example>',
    clock: testClock(),
    logger: silent,
    retry: { limit: retryLimit, delaySeconds: 0 },
  });
  jobs.register(outbox.jobs);
  return { jobs, outbox, close: () => real.close() };
}

const message = (to: string) => ({
  to,
  toName: 'Maija Meikäläinen',
  subject: 'Ääkköset – testi',
  text: 'Hei Maija,\nlinkki: https://example.fi/x?token=abc',
  purpose: 'test.mail',
});
const row = (id: string) => database.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('the outbox and the job queue', () => {
  it('send a mail only when its transaction commits, over SMTP, and clear its body once sent', async () => {
    const { jobs, outbox, close } = outboxWith(0);
    await expect(
      write(database.db, actor, async (tx) => {
        await outbox.send(tx, message('rolled.back@example.fi'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const id = await write(database.db, actor, (tx) => outbox.send(tx, message('maija@example.fi'), 'req-1'));
    const arrived = sink.next((m) => m.to.includes('maija@example.fi'));
    expect(await jobs.runDue()).toBe(1);
    const mail = await arrived;
    expect(mail.subject).toBe('Ääkköset – testi');
    expect(mail.to).toBe('"Maija Meikäläinen" <maija@example.fi>');
    expect(mail.text).toContain('token=abc');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, text_body: null, request_id: 'req-1' });
    expect(sink.messages().some((m) => m.to.includes('rolled.back'))).toBe(false);
    expect(await jobs.runDue()).toBe(0);
    close();
  });

  it('retry a failed delivery, and give up after the retry limit with the row marked failed', async () => {
    const flaky = outboxWith(2);
    const id = await write(database.db, actor, (tx) => flaky.outbox.send(tx, message('retry@example.fi')));
    expect(await flaky.jobs.runDue()).toBe(3);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    flaky.close();

    const broken = outboxWith(10, 1);
    const failed = await write(database.db, actor, (tx) => broken.outbox.send(tx, message('broken@example.fi')));
    expect(await broken.jobs.runDue()).toBe(2);
    expect(await row(failed)).toMatchObject({ status: 'failed', attempts: 2, last_error: '421 try again later', text_body: null });
    broken.close();
  });

  it('refuse to enqueue a job nobody declared, and run a module’s own job with its data', async () => {
    const jobs = createJobQueue({ db: database.db, logger: silent });
    const seen: unknown[] = [];
    const job: JobDefinition<{ n: number }> = { name: 'outbox-test-job', handle: async (data) => void seen.push(data) };
    jobs.register([job]);
    await jobs.prepare();
    await expect(write(database.db, actor, (tx) => jobs.enqueue(tx, 'nobody-declared-this', {}))).rejects.toThrow(/No job/);
    await write(database.db, actor, (tx) => jobs.enqueue(tx, 'outbox-test-job', { n: 42 }));
    expect(await jobs.runDue('outbox-test-job')).toBe(1);
    expect(seen).toEqual([{ n: 42 }]);
    expect(() => jobs.register([{ ...job }])).toThrow(/defined twice/);
  });
});
