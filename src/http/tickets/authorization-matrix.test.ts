// Every ticket route × every role × a ticket of the caller's own and of another organization: the
// right status, nothing changed by a refusal, and no other organization's data in any answer (R20, R22).
import { expect, it } from 'vitest';
import { getTicketByNumber } from '../../db/repositories/tickets.ts';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import type { TestClient } from '../test-app.ts';
import { setUpTickets, type TicketTestApp } from './test-support.ts';

const MONDAY = msk('2026-11-23T10:00');
const ROLES = ['anonymous', 'customer', 'otherCustomer', 'outsider', 'engineer', 'lead', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Org = 'own' | 'other';
const CUSTOMERS: ReadonlySet<Role> = new Set(['customer', 'otherCustomer', 'outsider']);
const NOTE = 'ВНУТРЕННЕЕ: не для клиента';

interface Route {
  name: string;
  method: 'GET' | 'POST';
  path: string; // after /api/tickets/{number}
  gate: 'any' | 'customer' | 'support';
  /** Support roles the ticket policy refuses (403) even past the gate. */
  refused?: Role[];
  body?: (t: TicketTestApp, client: TestClient) => unknown;
  /** Brings a fresh ticket into the state the action needs. */
  prepare?: (t: TicketTestApp, n: number, org: Org) => Promise<void>;
}

const propose = async (t: TicketTestApp, n: number) =>
  t.act(n, 'engineer', { type: 'propose', kind: 'solution', text: 'Обновите сборку' });

const ROUTES: Route[] = [
  { name: 'page', method: 'GET', path: '', gate: 'any' },
  { name: 'history', method: 'GET', path: '/events', gate: 'any' },
  { name: 'reply', method: 'POST', path: '/replies', gate: 'any', body: () => ({ text: 'Ответ' }) },
  { name: 'note', method: 'POST', path: '/notes', gate: 'support', body: () => ({ text: 'Заметка' }) },
  {
    name: 'information request',
    method: 'POST',
    path: '/information-requests',
    gate: 'support',
    body: () => ({ kind: 'information', text: 'Журнал?' }),
  },
  {
    name: 'solution',
    method: 'POST',
    path: '/solutions',
    gate: 'support',
    body: () => ({ kind: 'workaround', text: 'Обход' }),
  },
  { name: 'accept', method: 'POST', path: '/accept', gate: 'customer', prepare: propose },
  {
    name: 'reject',
    method: 'POST',
    path: '/reject',
    gate: 'customer',
    body: () => ({ comment: 'Не помогло' }),
    prepare: propose,
  },
  { name: 'withdraw', method: 'POST', path: '/withdraw', gate: 'customer' },
  {
    name: 'parameters',
    method: 'POST',
    path: '/parameters',
    gate: 'support',
    body: () => ({ priority: 'critical', reason: 'Стоит склад' }),
  },
  {
    name: 'deadline',
    method: 'POST',
    path: '/deadlines',
    gate: 'support',
    refused: ['engineer'],
    body: () => ({ clock: 'solution', dueAt: '2026-12-01T12:00:00+03:00', reason: 'Согласовано' }),
  },
  {
    name: 'dispute',
    method: 'POST',
    path: '/disputes',
    gate: 'customer',
    body: () => ({ text: 'Не согласны' }),
  },
  {
    name: 'dispute answer',
    method: 'POST',
    path: '/disputes/answer',
    gate: 'support',
    refused: ['engineer'],
    body: () => ({ text: 'Ответ на возражение' }),
    prepare: (t, n, org) =>
      t.act(n, org === 'own' ? 'customer' : 'otherCustomer', { type: 'dispute', text: 'Спор' }),
  },
  {
    name: 'assign to oneself',
    method: 'POST',
    path: '/assign',
    gate: 'support',
    body: (_t, client) => ({ assigneeId: client.userId }),
  },
];

function expectedStatus(route: Route, role: Role, org: Org): number {
  if (role === 'anonymous') return 401;
  const customer = CUSTOMERS.has(role);
  if ((route.gate === 'customer' && !customer) || (route.gate === 'support' && customer)) return 403;
  const own = role === 'customer' ? 'own' : role === 'otherCustomer' ? 'other' : null;
  if (customer && own !== org) return 404;
  return route.refused?.includes(role) ? 403 : 200;
}

describeDatabases('authorization matrix', (suite) => {
  for (const route of ROUTES) {
    it(`${route.method} /api/tickets/{number}${route.path}: every role, own and foreign ticket`, async () => {
      const t = await setUpTickets(await suite.create(), MONDAY);
      const clients: Record<Role, TestClient> = {
        anonymous: t.anonymous,
        customer: t.as.customer,
        otherCustomer: t.otherCustomer,
        outsider: t.as.outsider,
        engineer: t.as.engineer,
        lead: t.as.lead,
        admin: t.as.admin,
      };
      const orgIds = { own: t.world.organizationId, other: t.other.organizationId };
      let serial = 0;
      const ticket = async (org: Org) => {
        const subject = `Тема-${org}-${++serial}`;
        const n = await t.file(org, { subject });
        await t.act(n, 'lead', { type: 'note', text: NOTE });
        await route.prepare?.(t, n, org);
        return { n, subject };
      };
      // Refusals share one prepared ticket per organization: had the refusal been missing, they would have acted.
      const shared = { own: await ticket('own'), other: await ticket('other') };

      for (const role of ROLES) {
        for (const org of ['own', 'other'] as const) {
          const expected = expectedStatus(route, role, org);
          const { n, subject } = expected === 200 ? await ticket(org) : shared[org];
          const client = clients[role];
          const before = (await getTicketByNumber(t.database.db, n))!.version;
          const res = await client.request({
            method: route.method,
            url: `/api/tickets/${n}${route.path}`,
            ...(route.body ? { payload: route.body(t, client) as object } : {}),
          });
          const where = `${role} on ${org} ticket`;
          expect(res.statusCode, where).toBe(expected);
          const text = res.body;
          if (expected !== 200) {
            expect(Object.keys(res.json()), where).toEqual(['error']);
            expect(text, where).not.toContain(subject);
            expect(text, where).not.toContain(orgIds[org]);
            expect((await getTicketByNumber(t.database.db, n))!.version, where).toBe(before);
          }
          if (CUSTOMERS.has(role)) {
            expect(text, where).not.toContain(NOTE);
            expect(text, where).not.toContain(orgIds[org === 'own' ? 'other' : 'own']);
          }
        }
      }
    });
  }

  it('GET /api/tickets: each role lists exactly the tickets it may see', async () => {
    const t = await setUpTickets(await suite.create(), MONDAY);
    const own = await t.file('own', { subject: 'Тема-own' });
    const other = await t.file('other', { subject: 'Тема-other' });
    const visible: Record<Role, number[] | null> = {
      anonymous: null,
      customer: [own],
      otherCustomer: [other],
      outsider: [],
      engineer: [own, other],
      lead: [own, other],
      admin: [own, other],
    };
    const clients = [
      t.anonymous,
      t.as.customer,
      t.otherCustomer,
      t.as.outsider,
      t.as.engineer,
      t.as.lead,
      t.as.admin,
    ];
    for (const [i, role] of ROLES.entries()) {
      for (const query of ['', '?q=Тема', `?q=${own}`, `?q=${other}`, '?status=new', '?order=due']) {
        const res = await clients[i]!.request({ method: 'GET', url: `/api/tickets${query}` });
        const want = visible[role];
        if (want === null) {
          expect(res.statusCode).toBe(401);
          continue;
        }
        expect(res.statusCode, `${role} ${query}`).toBe(200);
        const got = res.json().items.map((x: { number: number }) => x.number);
        for (const n of got) expect(want, `${role} ${query}`).toContain(n);
        if (query === '') expect(got.sort()).toEqual([...want].sort());
      }
    }
  });
});
