// Random JSON thrown at the write routes never makes the server fail: every answer is below 500,
// and every 4xx is the error envelope.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeDatabases } from '../../db/test-database.ts';
import { msk } from '../../domain/tickets/test-support.ts';
import type { TestClient } from '../test-app.ts';
import { setUpTickets } from './test-support.ts';

const RUNS = 80;

/** Strings with what usually breaks storage: NUL, broken surrogates, markup, SQL, huge and empty. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '   ',
    '\u0000',
    '\ud800',
    'a\udc00',
    "'; drop table tickets; --",
    '<script>x</script>',
  ),
  fc.constantFrom('x'.repeat(301), 'я'.repeat(20_001)),
);
const anything = fc.oneof(nasty, fc.jsonValue({ maxDepth: 2 }));
/** Mostly plausible text, so the bodies reach the database as often as they stop at validation. */
const texty = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: anything },
);
const oneOf = (...values: string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: anything });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const fileBodies = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      type: oneOf('request', 'incident', 'problem'),
      priority: oneOf('critical', 'high', 'normal', 'low'),
      subject: texty,
      description: texty,
      product: maybe(texty),
      build: maybe(texty),
      extra: maybe(anything),
    },
    { requiredKeys: ['type', 'priority', 'subject', 'description'] },
  ),
);
const replyBodies = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ text: texty, extra: maybe(anything) }, { requiredKeys: ['text'] }),
);

/** Sends the body and checks the answer; returns its status. */
async function send(client: TestClient, url: string, body: unknown, key: string | null): Promise<number> {
  const res = await client.request({
    method: 'POST',
    url,
    payload: JSON.stringify(body) ?? 'null',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
  });
  expect(res.statusCode, JSON.stringify(body)?.slice(0, 200)).toBeLessThan(500);
  if (res.statusCode >= 400) expect(Object.keys(res.json())).toEqual(['error']);
  return res.statusCode;
}

describeDatabases('random bodies', (suite) => {
  it('POST /api/tickets never answers 5xx', async () => {
    const t = await setUpTickets(await suite.create(), msk('2026-11-23T10:00'));
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fileBodies, fc.option(fc.string({ maxLength: 30 })), async (body, key) => {
        seen.add(await send(t.as.customer, '/api/tickets', body, key));
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
    expect(seen).toContain(201);
    expect(seen).toContain(400);
  });

  it('POST /api/tickets/{number}/replies never answers 5xx, for a customer or support', async () => {
    const t = await setUpTickets(await suite.create(), msk('2026-11-23T10:00'));
    const n = await t.file('own');
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        replyBodies,
        fc.boolean(),
        fc.option(fc.string({ maxLength: 20 })),
        async (body, asSupport, key) => {
          const client = asSupport ? t.as.engineer : t.as.customer;
          seen.add(await send(client, `/api/tickets/${n}/replies`, body, key));
        },
      ),
      { numRuns: RUNS, seed: 20261123 },
    );
    expect(seen).toContain(200);
    expect(seen).toContain(400);
  });
});
