// Shared set-up of the delivery tests: a world, a real SMTP server, delivery deps on the world's clock.
import { fileTicket } from '../commands/file-ticket.ts';
import { buildWorld, type World, type WorldOptions } from '../commands/test-world.ts';
import type { Database } from '../db/database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../mail/test-smtp-server.ts';
import { createSmtpTransport } from '../mail/transport.ts';
import type { DeliveryDeps } from './deliver-notices.ts';

/** The portal address and sender the delivery tests use. */
export const PUBLIC_URL = 'https://support.example.ru';
export const FROM = 'Служба поддержки «Срок» <support@example.ru>';

/** A delivery test's world, SMTP server and deps. */
export interface DeliverySetup {
  w: World;
  smtp: TestSmtpServer;
  /** Delivery over the SMTP server, on the world's clock. */
  d: DeliveryDeps;
  /** Files an incident as the world's customer; returns its number. */
  file(extra?: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

/** A world with SMTP delivery; call close() at the end of the test. */
export async function setUpDelivery(
  database: Database,
  now: number,
  opts: WorldOptions = {},
): Promise<DeliverySetup> {
  const w = await buildWorld(database.db, now, opts);
  const smtp = await startTestSmtpServer();
  const transport = createSmtpTransport(smtp.url);
  const d: DeliveryDeps = { db: database.db, clock: w.clock, transport, from: FROM, publicUrl: PUBLIC_URL };
  return {
    w,
    smtp,
    d,
    file: async (extra = {}) =>
      (
        await fileTicket(w.deps, {
          requesterId: w.customer.userId,
          type: 'incident',
          priority: 'high',
          subject: 'Не сохраняется документ «Акт сверки»',
          description: 'При сохранении — ошибка 500. Ёжик в тумане.',
          ...extra,
        })
      ).number,
    close: async () => {
      transport.close();
      await smtp.close();
    },
  };
}

/** Delivery into the development mailbox, on the world's clock. */
export function mailboxDelivery(w: World, extra: Partial<DeliveryDeps> = {}): DeliveryDeps {
  return {
    db: w.deps.db,
    clock: w.clock,
    transport: { kind: 'mailbox' },
    from: FROM,
    publicUrl: PUBLIC_URL,
    ...extra,
  };
}
