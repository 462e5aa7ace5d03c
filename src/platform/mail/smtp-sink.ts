import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One mail the sink received, as the demo mail page and the tests read it. */
export interface SinkMessage {
  readonly id: number;
  readonly receivedAt: Date;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface SmtpSink {
  readonly port: number;
  /** Newest first. */
  messages(): SinkMessage[];
  /** Resolves with the next mail to arrive that matches. */
  next(match?: (message: SinkMessage) => boolean): Promise<SinkMessage>;
  clear(): void;
  close(): Promise<void>;
}

const KEEP = 200;

/**
 * An SMTP server inside the process for the demo and the tests: the real mail path (outbox, job,
 * nodemailer, SMTP) ends here instead of in someone's inbox. Plain SMTP on 127.0.0.1 only, no
 * authentication, the last 200 messages kept in memory.
 */
export async function startSmtpSink(options: { port?: number } = {}): Promise<SmtpSink> {
  const inbox: SinkMessage[] = [];
  const waiting: { match: (m: SinkMessage) => boolean; resolve: (m: SinkMessage) => void }[] = [];
  let counter = 0;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    size: 1024 * 1024,
    // A pooled client keeps its connection open; closing the sink does not wait 30 s for it.
    closeTimeout: 200,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          const message: SinkMessage = {
            id: ++counter,
            receivedAt: new Date(),
            from: addressText(mail.from),
            to: addressText(mail.to),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          };
          inbox.unshift(message);
          inbox.splice(KEEP);
          for (const waiter of waiting.filter((w) => w.match(message))) {
            waiting.splice(waiting.indexOf(waiter), 1);
            waiter.resolve(message);
          }
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages: () => [...inbox],
    next(match = () => true) {
      return new Promise((resolve) => waiting.push({ match, resolve }));
    },
    clear: () => void inbox.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addressText(address: AddressObject | AddressObject[] | undefined): string {
  if (!address) return '';
  return (Array.isArray(address) ? address : [address]).map((a) => a.text).join(', ');
}
