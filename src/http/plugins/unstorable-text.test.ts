// Text PostgreSQL cannot store (a NUL character) is the caller's mistake: 400, never a 500.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { openAdminApp } from '../admin/test-support.ts';

describeDatabases('unstorable text', (suite) => {
  it('answers 400 request.bad_text for a NUL in a name no schema checked, and stores nothing', async () => {
    const t = await openAdminApp(suite);
    const before = (await t.as.admin.request({ method: 'GET', url: '/api/organizations' })).json().length;
    const res = await t.as.admin.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { name: 'ООО \u0000 Ноль' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'request.bad_text', message: expect.stringMatching(/NUL/) });
    const after = (await t.as.admin.request({ method: 'GET', url: '/api/organizations' })).json().length;
    expect(after).toBe(before);
  });
});
