// Every action in every status, and every action for every role: allowed, or a typed refusal (R20).
import { describe, expect, it } from 'vitest';
import type { TicketAction, TicketCommand } from './commands.ts';
import { decide } from './decide.ts';
import { mayIssue } from './policy.ts';
import { codeOf, customer, engineer, lead, msk, ticketIn, uniformPlan } from './test-support.ts';
import type { Actor, ActorRole, TicketStatus } from './types.ts';

const COMMANDS: Record<Exclude<TicketAction, 'file'>, [Actor, TicketCommand]> = {
  take: [engineer, { type: 'take' }],
  assign: [lead, { type: 'assign', assigneeId: 'engineer-2' }],
  reply: [engineer, { type: 'reply', text: 'Смотрим' }],
  note: [engineer, { type: 'note', text: 'Для себя' }],
  request_info: [engineer, { type: 'request_info', kind: 'information', text: 'Журнал?' }],
  customer_reply: [customer, { type: 'customer_reply', text: 'Вот журнал' }],
  propose: [engineer, { type: 'propose', kind: 'solution', text: 'Готово' }],
  accept: [customer, { type: 'accept' }],
  reject: [customer, { type: 'reject', comment: 'Не помогло' }],
  withdraw: [customer, { type: 'withdraw' }],
  change_parameters: [
    engineer,
    { type: 'change_parameters', changes: { priority: 'low' }, reason: 'Есть обход' },
  ],
  set_deadline: [
    lead,
    { type: 'set_deadline', clock: 'solution', dueAt: msk('2026-11-20T12:00'), reason: 'Согласовано' },
  ],
  dispute: [customer, { type: 'dispute', text: 'Не согласны с приоритетом' }],
  answer_dispute: [lead, { type: 'answer_dispute', text: 'Приоритет верный' }],
  link_problem: [
    engineer,
    {
      type: 'link_problem',
      problem: { id: 'problem-1', number: 2000, type: 'problem', organizationId: 'org-1' },
    },
  ],
  merge: [
    engineer,
    { type: 'merge', into: { id: 'ticket-2', number: 2001, organizationId: 'org-1', status: 'in_progress' } },
  ],
};

const ok = 'ok';
const illegal = 'ticket.illegal_transition';
const noDispute = 'ticket.no_open_dispute';
const followUp = 'ticket.closed_follow_up';

// Columns: new, in_progress, waiting_customer, solution_proposed, closed.
const MATRIX: Record<keyof typeof COMMANDS, [string, string, string, string, string]> = {
  take: [ok, ok, ok, ok, illegal],
  assign: [ok, ok, ok, ok, illegal],
  reply: [ok, ok, ok, ok, illegal],
  note: [ok, ok, ok, ok, ok],
  request_info: [ok, ok, ok, illegal, illegal],
  customer_reply: [ok, ok, ok, ok, followUp],
  propose: [ok, ok, ok, illegal, illegal],
  accept: [illegal, illegal, illegal, ok, illegal],
  reject: [illegal, illegal, illegal, ok, followUp],
  withdraw: [ok, ok, ok, ok, illegal],
  change_parameters: [ok, ok, ok, ok, illegal],
  set_deadline: [ok, ok, ok, 'ticket.clock_not_running', illegal],
  dispute: [ok, ok, ok, ok, followUp],
  answer_dispute: [noDispute, noDispute, noDispute, noDispute, noDispute],
  link_problem: [ok, ok, ok, ok, ok],
  merge: [ok, ok, ok, ok, 'ticket.merge_closed'],
};
const STATUSES: TicketStatus[] = ['new', 'in_progress', 'waiting_customer', 'solution_proposed', 'closed'];

describe('the state machine: every action in every status', () => {
  const cases = Object.entries(MATRIX).flatMap(([action, row]) =>
    row.map((expected, i) => [action as keyof typeof COMMANDS, STATUSES[i]!, expected] as const),
  );
  it.each(cases)('%s while %s → %s', (action, status, expected) => {
    const t = ticketIn(status);
    const [actor, cmd] = COMMANDS[action];
    const outcome = () => {
      const events = t.run('2026-11-02T14:00', actor, cmd);
      expect(events.length).toBeGreaterThan(0); // never a silent no-op
    };
    if (expected === ok) outcome();
    else expect(codeOf(outcome)).toBe(expected);
  });

  it('an illegal transition names the status and the action', () => {
    const t = ticketIn('new');
    try {
      t.run('2026-11-02T14:00', customer, { type: 'accept' });
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: illegal, params: { status: 'new', action: 'accept' } });
    }
  });

  it('filing an existing ticket is illegal; any other action on a missing ticket is not found', () => {
    const t = ticketIn('new');
    expect(codeOf(() => t.file('2026-11-02T10:00'))).toBe(illegal);
    const ctx = {
      now: msk('2026-11-02T10:00'),
      actor: engineer,
      calendar: t.calendar,
      plan: uniformPlan(4, 16, 8),
    };
    expect(codeOf(() => decide(undefined, { type: 'reply', text: 'x' }, ctx))).toBe('ticket.not_found');
  });

  it.each([
    ['an empty reply', engineer, { type: 'reply', text: '   ' }, 'ticket.text_required'],
    ['an empty rejection', customer, { type: 'reject', comment: '' }, 'ticket.text_required'],
    ['assigning to the current assignee', engineer, { type: 'take' }, 'ticket.nothing_changed'],
    [
      'linking to a ticket that is not a problem',
      engineer,
      { type: 'link_problem', problem: { id: 'x', number: 2001, type: 'incident', organizationId: 'org-1' } },
      'ticket.not_a_problem',
    ],
    [
      "linking to another organization's problem (R22)",
      engineer,
      { type: 'link_problem', problem: { id: 'y', number: 2002, type: 'problem', organizationId: 'org-2' } },
      'ticket.problem_other_organization',
    ],
    [
      'unlinking with no problem linked',
      engineer,
      { type: 'link_problem', problem: null },
      'ticket.link_unchanged',
    ],
  ] as Array<[string, Actor, TicketCommand, string]>)('%s is refused', (_name, actor, cmd, code) => {
    const t = ticketIn('solution_proposed');
    t.run('2026-11-02T13:00', engineer, { type: 'take' });
    expect(codeOf(() => t.run('2026-11-02T14:00', actor, cmd))).toBe(code);
  });

  it('an empty subject cannot be filed', () => {
    const t = ticketIn('new');
    t.state = undefined;
    expect(codeOf(() => t.file('2026-11-02T09:00', { subject: ' ' }))).toBe('ticket.text_required');
  });
});

describe('roles (R20): customers answer for their side, engineers work, leads decide what was promised', () => {
  const me = (role: ActorRole): Actor => ({ userId: `${role}-1`, role });
  const ROLES: ActorRole[] = ['customer', 'engineer', 'lead', 'admin', 'system'];
  const y = true;
  const n = false;
  const rows: Array<[string, TicketCommand, [boolean, boolean, boolean, boolean, boolean]]> = [
    ['file', fileCommand(), [y, n, n, n, n]],
    ['customer_reply', COMMANDS.customer_reply[1], [y, n, n, n, n]],
    ['accept', COMMANDS.accept[1], [y, n, n, n, n]],
    ['reject', COMMANDS.reject[1], [y, n, n, n, n]],
    ['withdraw', COMMANDS.withdraw[1], [y, n, n, n, n]],
    ['dispute', COMMANDS.dispute[1], [y, n, n, n, n]],
    ['take', COMMANDS.take[1], [n, y, y, y, n]],
    ['assign to oneself', { type: 'assign', assigneeId: 'engineer-1' }, [n, y, y, y, n]],
    ['assign to someone else', { type: 'assign', assigneeId: 'engineer-2' }, [n, n, y, y, n]],
    ['reply', COMMANDS.reply[1], [n, y, y, y, n]],
    ['note', COMMANDS.note[1], [n, y, y, y, n]],
    ['link to a problem', COMMANDS.link_problem[1], [n, y, y, y, n]],
    ['merge into another ticket', COMMANDS.merge[1], [n, y, y, y, n]],
    ['request_info', COMMANDS.request_info[1], [n, y, y, y, n]],
    ['propose', COMMANDS.propose[1], [n, y, y, y, n]],
    ['change type or priority', COMMANDS.change_parameters[1], [n, y, y, y, n]],
    [
      'change the plan',
      { type: 'change_parameters', changes: { planId: 'extended' }, reason: 'r' },
      [n, n, y, y, n],
    ],
    [
      'change a deadline',
      { type: 'change_parameters', changes: { deadline: { clock: 'solution', dueAt: null } }, reason: 'r' },
      [n, n, y, y, n],
    ],
    ['set_deadline', COMMANDS.set_deadline[1], [n, n, y, y, n]],
    ['answer_dispute', COMMANDS.answer_dispute[1], [n, n, y, y, n]],
  ];
  it.each(rows)('%s', (_name, cmd, allowed) => {
    expect(ROLES.map((r) => mayIssue(me(r), cmd))).toEqual(allowed);
  });

  // Unassigning depends on whose the ticket is: an engineer gives up only their own.
  const unassign: TicketCommand = { type: 'assign', assigneeId: null };
  const assignments: Array<[string, string | null, [boolean, boolean, boolean, boolean, boolean]]> = [
    ['unassign a ticket assigned to oneself', 'engineer-1', [n, y, y, y, n]],
    ["unassign a colleague's ticket", 'engineer-2', [n, n, y, y, n]],
    ["unassign a lead's ticket", 'lead-1', [n, n, y, y, n]],
    ['unassign an unassigned ticket', null, [n, n, y, y, n]],
  ];
  it.each(assignments)('%s', (_name, assigneeId, allowed) => {
    expect(ROLES.map((r) => mayIssue(me(r), unassign, { assigneeId }))).toEqual(allowed);
  });

  it("decide refuses an engineer unassigning a colleague's ticket, and lets them give up their own", () => {
    const t = ticketIn('in_progress');
    t.run('2026-11-02T10:00', lead, { type: 'assign', assigneeId: 'engineer-2' });
    expect(codeOf(() => t.run('2026-11-02T11:00', engineer, unassign))).toBe('ticket.forbidden_action');
    expect(t.s.assigneeId).toBe('engineer-2');
    t.run('2026-11-02T12:00', engineer, { type: 'take' });
    t.run('2026-11-02T13:00', engineer, unassign);
    expect(t.s.assigneeId).toBeNull();
  });

  it('decide refuses a forbidden action before looking at the status', () => {
    const t = ticketIn('closed');
    expect(codeOf(() => t.run('2026-11-02T14:00', customer, COMMANDS.propose[1]))).toBe(
      'ticket.forbidden_action',
    );
    expect(codeOf(() => t.run('2026-11-02T14:00', engineer, COMMANDS.accept[1]))).toBe(
      'ticket.forbidden_action',
    );
  });
});

function fileCommand(): TicketCommand {
  return {
    type: 'file',
    ticketType: 'request',
    priority: 'normal',
    planId: 'test',
    subject: 'Вопрос',
    description: 'Как настроить?',
    requesterId: 'customer-1',
    organizationId: 'org-1',
  };
}
