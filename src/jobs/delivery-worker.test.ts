// The delivery job on pg-boss: a commit's doorbell brings the mail within moments, on both databases.
import { expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { fileTicket } from '../commands/file-ticket.ts';
import { buildWorld } from '../commands/test-world.ts';
import { describeDatabases } from '../db/test-database.ts';
import { startTestSmtpServer } from '../mail/test-smtp-server.ts';
import { createSmtpTransport } from '../mail/transport.ts';
import { startBoss } from './boss.ts';
import { signalOutboxWritten } from './delivery-signal.ts';
import { FROM, PUBLIC_URL } from './delivery-test-support.ts';
import { startDeliveryWorker } from './delivery-worker.ts';

describeDatabases('delivery worker job', (suite) => {
  it('delivers what is due at start, and a new notice as soon as the doorbell rings', async () => {
    const database = await suite.create();
    const w = await buildWorld(database.db, systemClock.now(), { plan: { alertsInWorkingHoursOnly: false } });
    const deps = { db: database.db, clock: systemClock };
    const input = {
      requesterId: w.customer.userId,
      type: 'incident' as const,
      priority: 'high' as const,
      subject: 'Ошибка при печати',
      description: 'Принтер печатает «кракозябры»',
    };
    await fileTicket(deps, input);
    const smtp = await startTestSmtpServer();
    const boss = await startBoss(database);
    const worker = await startDeliveryWorker(boss, {
      ...deps,
      transport: createSmtpTransport(smtp.url),
      from: FROM,
      publicUrl: PUBLIC_URL,
    });
    try {
      await smtp.waitFor(3); // registration, engineer and lead
      await fileTicket(deps, input);
      signalOutboxWritten(database.db);
      await smtp.waitFor(6, 10_000);
      expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(6);
    } finally {
      await worker.close();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 }); // lets a running delivery finish
      await smtp.close();
    }
  });
});
