// R19 on the ticket page: the builds that resolve the ticket (published ones for customers, drafts
// flagged for support, never another organization's links), and the history entry publishing
// writes on each resolved ticket, once, without touching its status or SLA clocks.
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { multipart } from '../test-app.ts';
import { call, fileIncident, openProductApp, type ProductTestApp, productWithBuild } from './test-support.ts';

interface FixedIn {
  id: string;
  product: string;
  version: string;
  releasedOn: string;
  publishedAt: string | null;
  draft: boolean;
  url: string;
  files: Array<{ fileName: string; url: string }>;
}
interface Page {
  version: number;
  status: string;
  deadlines: object;
  sla: { clocks: object[] };
  resolvedInBuilds: FixedIn[];
  conversation: Array<{ type: string; build?: object; actor: { role: string } }>;
}

const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);

async function newBuild(
  t: ProductTestApp,
  productId: string,
  version: string,
  releasedOn: string,
  numbers: number[],
) {
  const made = await call<{ id: string }>(t.as.lead, 'POST', `/api/products/${productId}/builds`, {
    version,
    releasedOn,
  });
  await call(t.as.lead, 'PUT', `/api/builds/${made.id}/tickets`, { numbers });
  return made.id;
}

const publish = (t: ProductTestApp, buildId: string) =>
  t.as.lead.request({ method: 'POST', url: `/api/builds/${buildId}/publish` });

describeDatabases('R19: builds that resolve a ticket', (suite) => {
  it('shows the customer the published builds fixing their ticket with files; support also the drafts', async () => {
    const t = await openProductApp(suite);
    const { productId, buildId: older } = await productWithBuild(t);
    const mine = await fileIncident(t, t.world.customer.userId);
    const theirs = await fileIncident(t, t.stranger.userId);
    await call(t.as.lead, 'PUT', `/api/builds/${older}/tickets`, { numbers: [mine, theirs] });
    const up = await t.as.lead.request({
      method: 'POST',
      url: `/api/builds/${older}/files`,
      ...multipart([{ filename: 'srok-5.1.zip', type: 'application/zip', content: ZIP }]),
    });
    expect(up.statusCode).toBe(201);
    expect((await publish(t, older)).statusCode).toBe(200);
    const newer = await newBuild(t, productId, '5.2', '2026-03-01', [mine]);
    expect((await publish(t, newer)).statusCode).toBe(200);
    const draft = await newBuild(t, productId, '5.3', '2026-03-05', [mine, theirs]);

    const customer = await call<Page>(t.as.customer, 'GET', `/api/tickets/${mine}`);
    expect(customer.resolvedInBuilds.map((b) => [b.version, b.draft])).toEqual([
      ['5.2', false],
      ['5.1', false],
    ]);
    const [, first] = customer.resolvedInBuilds;
    expect(first).toMatchObject({
      id: older,
      product: 'Срок-Сервер',
      releasedOn: '2026-02-01',
      publishedAt: new Date(t.world.clock.now()).toISOString(),
      url: `/api/builds/${older}`,
      files: [{ fileName: 'srok-5.1.zip', url: up.json().items[0].url }],
    });
    // The link it gives downloads the file for the customer.
    const down = await t.as.customer.request({ method: 'GET', url: first!.files[0]!.url });
    expect(down.statusCode).toBe(200);
    // The draft is not there, and nothing names the other organization's ticket the builds resolve (R22).
    const text = JSON.stringify(customer);
    expect(text).not.toContain(draft);
    expect(text).not.toContain(String(theirs));

    const support = await call<Page>(t.as.engineer, 'GET', `/api/tickets/${mine}`);
    expect(support.resolvedInBuilds.map((b) => [b.version, b.draft, b.publishedAt])).toEqual([
      ['5.3', true, null],
      ['5.2', false, expect.any(String)],
      ['5.1', false, expect.any(String)],
    ]);

    // Another organization's ticket stays 404 for the customer, builds or not.
    const foreign = await t.as.customer.request({ method: 'GET', url: `/api/tickets/${theirs}` });
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([404, 'ticket.not_found']);
    const none = await fileIncident(t, t.world.customer.userId);
    expect((await call<Page>(t.as.customer, 'GET', `/api/tickets/${none}`)).resolvedInBuilds).toEqual([]);
  });

  it('records the publication in each resolved ticket’s history once, leaving status and clocks alone', async () => {
    const t = await openProductApp(suite);
    const { buildId } = await productWithBuild(t);
    const mine = await fileIncident(t, t.world.customer.userId);
    const theirs = await fileIncident(t, t.stranger.userId);
    await call(t.as.lead, 'PUT', `/api/builds/${buildId}/tickets`, { numbers: [mine, theirs] });
    const before = await call<Page>(t.as.customer, 'GET', `/api/tickets/${mine}`);
    expect(before.conversation.map((e) => e.type)).not.toContain('build_published');

    expect((await publish(t, buildId)).statusCode).toBe(200);
    const again = await publish(t, buildId);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'build.already_published']);

    const after = await call<Page>(t.as.customer, 'GET', `/api/tickets/${mine}`);
    const published = after.conversation.filter((e) => e.type === 'build_published');
    expect(published).toEqual([
      expect.objectContaining({
        build: { id: buildId, product: 'Срок-Сервер', version: '5.1' },
        actor: expect.objectContaining({ role: 'lead' }),
      }),
    ]);
    // A change like any other (the version moves), but no status, deadline or clock changes.
    expect(after.version).toBe(before.version + 1);
    expect(after.status).toBe(before.status);
    expect(after.deadlines).toEqual(before.deadlines);
    expect(after.sla.clocks).toEqual(before.sla.clocks);

    const history = await call<{ items: Array<{ type: string }> }>(
      t.as.customer,
      'GET',
      `/api/tickets/${mine}/events`,
    );
    expect(history.items.filter((e) => e.type === 'build_published')).toHaveLength(1);
    // The other organization's ticket got its own entry.
    const staff = await call<Page>(t.as.engineer, 'GET', `/api/tickets/${theirs}`);
    expect(staff.conversation.filter((e) => e.type === 'build_published')).toHaveLength(1);
  });
});
