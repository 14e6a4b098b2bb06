// The night rule, table-driven: support's alerts wait for 09:00 Moscow; customers' mail never waits.
import { describe, expect, it } from 'vitest';
import { msk, ruStandard } from '../tickets/test-support.ts';
import { holdUntil } from './hold-until.ts';
import { describeKind, kindsForRole, wantsMail } from './kinds.ts';

const held = { alertsInWorkingHoursOnly: true, calendar: ruStandard };
const atOnce = { alertsInWorkingHoursOnly: false, calendar: ruStandard };

describe('holdUntil', () => {
  it.each([
    ['a breach at 02:00 reaches support at 09:00', '2026-11-24T02:00', 'support', held, '2026-11-24T09:00'],
    ['an alert in working time goes at once', '2026-11-24T10:15', 'support', held, '2026-11-24T10:15'],
    ['an alert at the close waits for the morning', '2026-11-24T17:00', 'support', held, '2026-11-25T09:00'],
    ['Friday evening waits for Monday', '2026-11-20T18:30', 'support', held, '2026-11-23T09:00'],
    ['a holiday waits for the next working day', '2026-11-04T11:00', 'support', held, '2026-11-05T09:00'],
    ['the plan may send at once', '2026-11-24T02:00', 'support', atOnce, '2026-11-24T02:00'],
    ['the customer is never held', '2026-11-24T02:00', 'customer', held, '2026-11-24T02:00'],
    ['account mail is never held', '2026-11-24T02:00', 'account', held, '2026-11-24T02:00'],
  ] as const)('%s', (_name, at, audience, rule, expected) => {
    expect(holdUntil(msk(at), audience, rule)).toBe(msk(expected));
  });

  it('a notice without a plan (no ticket) goes at once', () => {
    expect(holdUntil(msk('2026-11-24T02:00'), 'support', null)).toBe(msk('2026-11-24T02:00'));
  });
});

describe('notice kinds', () => {
  it('registration, solution and auto-close cannot be switched off; the rest can', () => {
    expect(wantsMail('ticket.registered', false)).toBe(true);
    expect(wantsMail('ticket.solution_proposed', false)).toBe(true);
    expect(wantsMail('ticket.auto_closed', false)).toBe(true);
    expect(wantsMail('ticket.replied', false)).toBe(false);
    expect(wantsMail('ticket.replied', undefined)).toBe(true);
    expect(wantsMail('auth.password_reset', false)).toBe(true);
  });

  it('each role chooses among its own kinds; breach alerts are support kinds', () => {
    expect(kindsForRole('customer').every((k) => k.audience === 'customer')).toBe(true);
    expect(kindsForRole('engineer').map((k) => k.kind)).toContain('sla.solution.breached');
    expect(describeKind('sla.reaction.breached').audience).toBe('support');
    expect(describeKind('build.published')).toMatchObject({ audience: 'customer', required: false });
  });
});
