// Merging a duplicate into another ticket of its organization (design.md: closed when "merged").
import { describe, expect, it } from 'vitest';
import { computeClocks } from '../sla/view-clock.ts';
import type { MergeTarget, TicketCommand } from './commands.ts';
import type { EventDraft, TicketEvent } from './events.ts';
import { decideMergedFrom } from './merge.ts';
import { evolve } from './state.ts';
import { codeOf, customer, engineer, labels, lead, msk, TicketHarness, ticketIn } from './test-support.ts';
import type { TicketStatus } from './types.ts';

const target = (patch: Partial<MergeTarget> = {}): MergeTarget => ({
  id: 'ticket-2',
  number: 2001,
  organizationId: 'org-1',
  status: 'in_progress',
  ...patch,
});
const merge = (patch: Partial<MergeTarget> = {}, comment?: string): TicketCommand => ({
  type: 'merge',
  into: target(patch),
  ...(comment === undefined ? {} : { comment }),
});

describe('merging a duplicate: it closes, every clock stops, it remembers where it went', () => {
  it.each<[TicketStatus, string[]]>([
    ['new', ['merged_into', 'reaction:stopped', 'solution:stopped', 'closed']],
    ['in_progress', ['merged_into', 'solution:stopped', 'progress:stopped', 'closed']],
    ['waiting_customer', ['merged_into', 'solution:stopped', 'closed']],
    ['solution_proposed', ['merged_into', 'auto_close:stopped', 'closed']],
  ])('from %s it writes %o', (status, written) => {
    const t = ticketIn(status);
    const events = t.run('2026-11-02T14:00', engineer, merge());
    expect(labels(events)).toEqual(written);
    expect(t.s).toMatchObject({
      status: 'closed',
      closeReason: 'merged',
      closedAt: msk('2026-11-02T14:00'),
      mergedInto: { id: 'ticket-2', number: 2001 },
    });
    const clocks = computeClocks(t.s, t.ctx('2026-11-30T09:00'));
    for (const clock of Object.values(clocks)) expect(['running', 'paused']).not.toContain(clock.status);
  });

  it('a late clock stays breached; the others are called off, not met', () => {
    const t = new TicketHarness().file('2026-11-02T09:00'); // reaction due 13:00
    t.run('2026-11-02T14:00', engineer, merge());
    const clocks = computeClocks(t.s, t.ctx('2026-11-02T14:00'));
    expect(clocks.reaction.status).toBe('breached');
    expect(clocks.solution.status).toBe('stopped');
  });

  it('keeps the comment for the customer, trimmed; a blank one is no comment', () => {
    const [said] = ticketIn('in_progress').run('2026-11-02T14:00', lead, merge({}, '  То же, что SR-2001 '));
    expect(said).toMatchObject({ type: 'merged_into', comment: 'То же, что SR-2001' });
    const [blank] = ticketIn('in_progress').run('2026-11-02T14:00', lead, merge({}, '   '));
    expect(blank).not.toHaveProperty('comment');
  });

  it.each<[string, TicketStatus, TicketCommand, string]>([
    ['into itself', 'in_progress', merge({ number: 1001 }), 'ticket.merge_self'],
    ['into a closed ticket', 'in_progress', merge({ status: 'closed' }), 'ticket.merge_target_closed'],
    ['a closed ticket', 'closed', merge(), 'ticket.merge_closed'],
    // Another organization's ticket must look like one that does not exist (R22).
    [
      "into another organization's ticket",
      'in_progress',
      merge({ organizationId: 'org-2' }),
      'ticket.not_found',
    ],
  ])('merging %s is refused', (_name, status, cmd, code) => {
    const t = ticketIn(status);
    const before = t.s;
    expect(codeOf(() => t.run('2026-11-02T14:00', engineer, cmd))).toBe(code);
    expect(t.s).toBe(before);
  });

  it("the refusal of another organization's ticket names only the number asked for", () => {
    const t = ticketIn('new');
    try {
      t.run('2026-11-02T14:00', engineer, merge({ organizationId: 'org-2', status: 'closed' }));
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: 'ticket.not_found', params: { value: 'SR-2001' } });
    }
  });

  it('is support’s: a customer cannot merge', () => {
    expect(codeOf(() => ticketIn('new').run('2026-11-02T14:00', customer, merge()))).toBe(
      'ticket.forbidden_action',
    );
  });

  it('a customer writing on a merged ticket registers a follow-up, as on any closed one (R17)', () => {
    const t = ticketIn('in_progress');
    t.run('2026-11-02T14:00', engineer, merge());
    const reply: TicketCommand = { type: 'customer_reply', text: 'А у нас ещё вот что' };
    expect(codeOf(() => t.run('2026-11-02T15:00', customer, reply))).toBe('ticket.closed_follow_up');
  });
});

describe('the ticket a duplicate joins', () => {
  const stamp = (d: EventDraft) => ({ ...d, at: msk('2026-11-02T14:00'), actor: engineer }) as TicketEvent;
  const source = { id: 'ticket-1', number: 1001, organizationId: 'org-1' };

  it('records merged_from and lists the duplicates merged into it', () => {
    const t = ticketIn('in_progress');
    const [draft] = decideMergedFrom(t.s, 2001, source);
    expect(draft).toEqual({ type: 'merged_from', source: { id: 'ticket-1', number: 1001 } });
    const later = decideMergedFrom(t.s, 2001, { ...source, id: 'ticket-5', number: 1005 });
    const s = [...[draft!], ...later].reduce((state, d) => evolve(state, stamp(d)), t.s);
    expect(s).toMatchObject({ status: 'in_progress', mergedFrom: [1001, 1005] });
    expect(s.clocks).toEqual(t.s.clocks);
  });

  it.each([
    ['closed meanwhile', ticketIn('closed'), source, 'ticket.merge_target_closed'],
    ['of another organization', ticketIn('new'), { ...source, organizationId: 'org-2' }, 'ticket.not_found'],
    ['the duplicate itself', ticketIn('new'), { ...source, number: 2001 }, 'ticket.merge_self'],
  ])('refuses a target %s', (_name, t, from, code) => {
    expect(codeOf(() => decideMergedFrom(t.s, 2001, from))).toBe(code);
  });
});
