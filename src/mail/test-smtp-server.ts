// A real SMTP server for tests (smtp-server on 127.0.0.1, a random port); every accepted mail is
// parsed with mailparser. It can refuse mail for a while, to play an outage.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** The running test server and what it received. */
export interface TestSmtpServer {
  url: string;
  received: ParsedMail[];
  /** While true, every MAIL FROM gets a temporary 421 refusal. */
  refusing: boolean;
  /** Counts refused attempts. */
  refused: number;
  /** Resolves once `n` mails arrived (or rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<ParsedMail[]>;
  /** Mails to one address. */
  to(address: string): ParsedMail[];
  close(): Promise<void>;
}

/** Starts the server; close() it after the test. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const state: TestSmtpServer = {
    url: '',
    received: [],
    refusing: false,
    refused: 0,
    waitFor: async (n, ms = 15_000) => {
      const deadline = Date.now() + ms;
      while (state.received.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} mails, got ${state.received.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return state.received;
    },
    to: (address) => state.received.filter((m) => addressesOf(m).includes(address.toLowerCase())),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (!state.refusing) return callback();
      state.refused++;
      const err = Object.assign(new Error('Сервис временно недоступен'), { responseCode: 421 });
      return callback(err);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          state.received.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  state.url = `smtp://127.0.0.1:${port}`;
  return state;
}

/** The lower-cased addresses a parsed mail was sent to. */
export function addressesOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}
