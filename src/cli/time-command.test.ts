// The `srok time` contract: output formats, batch JSON lines, and clear failures.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/index.ts';
import { runCli } from './main.ts';

async function run(args: string[], stdin = '', lang?: Lang) {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdin: Readable.from([stdin]),
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    ...(lang ? { lang } : {}),
  });
  return { code, out, err };
}

describe('srok time', () => {
  it('add prints ISO-8601 with the calendar zone offset', async () => {
    const r = await run([
      'time',
      'add',
      '--calendar',
      'ru-standard',
      '--from',
      '2025-12-30T16:30:00+03:00',
      '--minutes',
      '240',
    ]);
    expect(r).toEqual({ code: 0, out: '2026-01-12T12:30:00+03:00\n', err: '' });
  });

  it('sub mirrors add; between prints minutes, decimal when not whole; is-working prints a boolean', async () => {
    expect((await run(['time', 'sub', '--from', '2026-01-12T12:30', '--minutes', '240'])).out).toBe(
      '2025-12-30T16:30:00+03:00\n',
    );
    expect(
      (await run(['time', 'between', '--from', '2026-01-12T09:00', '--to', '2026-01-12T09:01:30'])).out,
    ).toBe('1.5\n');
    expect((await run(['time', 'is-working', '--at', '2026-01-09T12:00'])).out).toBe('false\n');
  });

  it('bad arguments: a clear message and a non-zero exit', async () => {
    const missing = await run(['time', 'add', '--from', '2026-01-12T09:00']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--minutes');
    const bad = await run(['time', 'add', '--from', 'yesterday', '--minutes', '5']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('ISO 8601');
    const unknownOption = await run(['time', 'add', '--frm', 'x']);
    expect(unknownOption.code).toBe(2);
    const english = await run(['time', 'add', '--from', '2026-01-12T09:00', '--minutes', 'x'], '', 'en');
    expect(english.err).toContain('Duration "x" is invalid');
    for (const amount of ['0x10', '1e3', 'Infinity']) {
      const odd = await run(['time', 'add', '--from', '2026-01-12T09:00', '--minutes', amount]);
      expect([odd.code, odd.out]).toEqual([2, '']);
    }
  });

  it('batch answers each JSON line in order; a bad line yields an error line and the batch goes on', async () => {
    const input = [
      { id: 1, op: 'add', from: '2025-12-30T16:30:00+03:00', minutes: 240 },
      'not json',
      {
        id: 'b',
        op: 'between',
        from: '2026-01-12T09:00',
        to: '2026-01-12T10:00',
        pauses: [['2026-01-12T09:10', '2026-01-12T09:20']],
      },
      { id: 3, op: 'isWorking', at: '2026-01-12T17:00' },
      { id: 4, op: 'nextWorking', at: '2026-01-12T17:00' },
      { id: 5, op: 'previousWorking', at: '2026-01-12T09:00' },
      { id: 6, op: 'sub', from: '2026-01-12T10:00', seconds: 90 },
      {
        id: 7,
        op: 'add',
        from: '2026-03-06T16:00',
        minutes: 60,
        calendar: { timeZone: 'America/New_York', week: { mon: [['09:00', '17:00']] } },
      },
      { id: 8, op: 'fly' },
    ]
      .map((l) => (typeof l === 'string' ? l : JSON.stringify(l)))
      .join('\n');
    const r = await run(['time', 'batch'], `${input}\n`);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(r.code).toBe(0);
    expect(lines).toEqual([
      { id: 1, result: '2026-01-12T12:30:00+03:00' },
      { id: null, error: expect.stringContaining('JSON') },
      { id: 'b', result: 50 },
      { id: 3, result: false },
      { id: 4, result: '2026-01-13T09:00:00+03:00' },
      { id: 5, result: '2025-12-30T17:00:00+03:00' },
      { id: 6, result: '2026-01-12T09:58:30+03:00' },
      { id: 7, result: '2026-03-09T10:00:00-04:00' },
      { id: 8, error: expect.stringContaining('fly') },
    ]);
  });
});
