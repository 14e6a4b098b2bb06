import { describe, expect, it } from 'vitest';
import { urgencyOf } from './urgency.ts';

const now = Date.parse('2026-01-12T10:00:00Z');
const at = (iso: string | null) => ({ status: 'in_progress' as const, nextDueAt: iso });

describe('queue urgency', () => {
  it.each([
    ['past the deadline', at('2026-01-12T09:59:00Z'), 'breached'],
    ['exactly at the deadline', at('2026-01-12T10:00:00Z'), 'breached'],
    ['within the warning window', at('2026-01-12T11:30:00Z'), 'warning'],
    ['far from the deadline', at('2026-01-13T10:00:00Z'), null],
    ['no running support clock', at(null), null],
  ] as const)('%s', (_name, row, expected) => {
    expect(urgencyOf(row, now)).toBe(expected);
  });

  it('trusts the server’s alert when it reports one', () => {
    expect(urgencyOf({ ...at('2026-01-13T10:00:00Z'), alert: 'warning' }, now)).toBe('warning');
    expect(urgencyOf({ ...at('2026-01-12T11:30:00Z'), alert: null }, now)).toBe(null);
    expect(urgencyOf({ ...at('2026-01-13T10:00:00Z'), alert: 'breached' }, now)).toBe('breached');
  });

  it('a closed ticket is never urgent', () => {
    expect(urgencyOf({ status: 'closed', nextDueAt: '2026-01-01T00:00:00Z' }, now)).toBe(null);
  });
});
