// pg-boss runs on both databases: a job sent is worked once.
import { expect, it } from 'vitest';
import { describeDatabases } from '../db/test-database.ts';
import { startBoss } from './boss.ts';

describeDatabases('pg-boss', (suite) => {
  it('sends and works a job', async () => {
    const database = await suite.create();
    const boss = await startBoss(database);
    try {
      await boss.createQueue('probe');
      await boss.send('probe', { n: 1 });
      const [job] = await boss.fetch<{ n: number }>('probe');
      expect(job?.data).toEqual({ n: 1 });
      await boss.complete('probe', job!.id);
      expect(await boss.fetch('probe')).toEqual([]);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
