// English texts of every notice, for users who chose English (R2).
import {
  type ChangedParameter,
  changedParameters,
  mergedFrom,
  mergedInto,
  ticketLinks,
  ticketList,
  token,
} from './templates-ru.ts';
import type { MailContent, NoticeView, Template, TemplateTools } from './view.ts';

const open = (t: TemplateTools) => ({ label: 'Open the ticket', url: t.ticketUrl });
const deadlines = (v: NoticeView, t: TemplateTools) =>
  v.ticket
    ? [
        `Type: ${t.label('type', v.ticket.type)}, priority: ${t.label('priority', v.ticket.priority)}.`,
        `Reaction due: ${t.when(v.ticket.reactionDueAt)}. Solution due: ${t.when(v.ticket.solutionDueAt)}.`,
      ]
    : [];
// The clock an SLA alert is about: its event says so; a row written without one names it in its kind.
const clockOf = (v: NoticeView) => v.event?.clock ?? v.kind.split('.')[1];
const num = (v: NoticeView, t: TemplateTools) => t.ref(v.ticket?.number);
// R15: each changed parameter, old → new, so the customer can decide whether to dispute it.
const changeLine = (c: ChangedParameter, t: TemplateTools): string => {
  switch (c.name) {
    case 'type':
      return `Type: ${t.label('type', c.from)} → ${t.label('type', c.to)}`;
    case 'priority':
      return `Priority: ${t.label('priority', c.from)} → ${t.label('priority', c.to)}`;
    case 'plan':
      return `Service option: ${c.from} → ${c.to}`;
    case 'deadline': {
      const to = c.to === null ? "the service option's deadline" : t.when(c.to);
      const clock = t.label('clock', c.clock);
      return `${clock.charAt(0).toUpperCase()}${clock.slice(1)} deadline: ${c.from === undefined ? '' : `${t.when(c.from)} → `}${to}`;
    }
  }
};
const newDeadlines = (v: NoticeView, t: TemplateTools): string[] => {
  const due = [
    v.ticket?.reactionDueAt ? `reaction — ${t.when(v.ticket.reactionDueAt)}` : '',
    v.ticket?.solutionDueAt ? `solution — ${t.when(v.ticket.solutionDueAt)}` : '',
  ].filter(Boolean);
  return due.length > 0 ? [`Deadlines now: ${due.join('; ')}.`] : [];
};
const clockAlert =
  (verb: string): Template =>
  (v, t) => ({
    title: `${t.label('clock', clockOf(v))} deadline ${verb}`,
    lines: [
      `Ticket ${num(v, t)}: the ${t.label('clock', clockOf(v))} deadline is ${t.when(v.event?.dueAt)}.`,
    ],
    link: open(t),
  });

/** Templates by notice kind. */
export const TEMPLATES_EN: Record<string, Template> = {
  'ticket.registered': (v, t) => ({
    title: 'Ticket registered',
    lines: [
      `Your ticket is registered as ${num(v, t)}. This number confirms the registration.`,
      ...deadlines(v, t),
    ],
    link: open(t),
  }),
  'ticket.follow_up_registered': (v, t) => ({
    title: 'New ticket registered',
    lines: [
      `Ticket ${t.ref(v.event?.followsUp)} is already closed, so your message is registered as a new ticket ${num(v, t)} linked to it.`,
      ...deadlines(v, t),
    ],
    link: open(t),
  }),
  'ticket.replied': (v, t) => ({
    title: 'Support replied',
    lines: [`Support replied on ticket ${num(v, t)}.`],
    quote: t.text('text'),
    link: open(t),
  }),
  'ticket.info_requested': (v, t) => ({
    title: 'Your answer is needed',
    lines: [
      `To continue work on ticket ${num(v, t)}, support asks you to ${t.label('request', v.event?.kind)}.`,
      'While we wait for your answer, the solution deadline is paused.',
    ],
    quote: t.text('text'),
    link: { label: 'Answer', url: t.ticketUrl },
  }),
  'ticket.solution_proposed': (v, t) => ({
    title: t.label('solution', v.event?.kind),
    lines: [
      `On ticket ${num(v, t)}: ${t.label('solution', v.event?.kind).toLowerCase()}. Please review it and tell us the result: accept it, or answer if it did not help.`,
      `Without an answer the ticket closes automatically on ${t.when(v.event?.autoCloseAt)}.`,
    ],
    quote: t.text('text'),
    link: open(t),
  }),
  'ticket.auto_close_reminder': (v, t) => ({
    title: `The ticket closes on ${t.when(v.event?.autoCloseAt)}`,
    lines: [
      `The solution proposed on ticket ${num(v, t)} awaits your answer.`,
      `Without an answer by ${t.when(v.event?.autoCloseAt)} the ticket closes automatically and the work counts as complete.`,
    ],
    link: open(t),
  }),
  'ticket.auto_closed': (v, t) => ({
    title: 'Ticket closed automatically',
    lines: [
      `The solution on ticket ${num(v, t)} waited for confirmation as long as the agreement allows; the ticket is closed and the work counts as complete.`,
      'A new message about it will be registered as a new ticket linked to this one.',
    ],
    link: open(t),
  }),
  'ticket.merged': (v, t) => ({
    title: `Ticket merged into ${t.ref(mergedInto(v))}`,
    lines: [
      `Support merged your ticket ${num(v, t)} into ticket ${t.ref(mergedInto(v))} about the same issue: the work goes on there, and its deadlines apply.`,
      `Ticket ${num(v, t)} is closed. A new message about it will be registered as a new ticket linked to it; to add to the issue, write in ${t.ref(mergedInto(v))}.`,
    ],
    quote: t.text('comment'),
    link: { label: `Open ticket ${t.ref(mergedInto(v))}`, url: t.urlOf(mergedInto(v)) },
  }),
  'ticket.merged_in': (v, t) => ({
    title: `${t.ref(mergedFrom(v))} merged into your ticket`,
    lines: [
      `Ticket ${t.ref(mergedFrom(v))} was merged into ticket ${num(v, t)}, assigned to you: the work on it goes on in ${num(v, t)}.`,
      `Read the conversation of ${t.ref(mergedFrom(v))}: it may hold more details of the same issue.`,
    ],
    link: open(t),
  }),
  'ticket.parameters_changed': (v, t) => {
    const changed = changedParameters(v).map((c) => changeLine(c, t));
    return {
      title: 'Ticket parameters changed',
      lines: [
        `Support changed the parameters of ticket ${num(v, t)}${changed.length > 0 ? ':' : '.'}`,
        ...changed,
        `Reason: ${t.text('reason') || '—'}`,
        ...newDeadlines(v, t),
        'If you disagree, open a dispute on the ticket page: support must answer it.',
      ],
      link: open(t),
    };
  },
  'ticket.dispute_answered': (v, t) => ({
    title: 'Your dispute is answered',
    lines: [`Support answered your dispute about the parameters of ticket ${num(v, t)}.`],
    quote: t.text('text'),
    link: open(t),
  }),
  'build.published': (v, t) => ({
    title: `${String(v.data.product ?? '')} ${String(v.data.version ?? '')} is out`,
    lines: [
      `Build ${String(v.data.product ?? '')} ${String(v.data.version ?? '')} contains changes for your tickets: ${ticketList(v, t)}.`,
      'Please install it: the agreement asks you to use the newest build that contains the solutions of your tickets.',
    ],
    links: ticketLinks(v, t),
  }),
  'ticket.new': (v, t) => ({
    title: 'New ticket',
    lines: [`Ticket ${num(v, t)} is registered.`, ...deadlines(v, t)],
    quote: t.text('description'),
    link: open(t),
  }),
  'ticket.customer_answered': (v, t) => ({
    title:
      v.event?.type === 'solution_rejected' ? 'The customer rejected the solution' : 'The customer answered',
    lines: [`The customer answered on ticket ${num(v, t)}.`],
    quote: t.text('text') || t.text('comment'),
    link: open(t),
  }),
  'ticket.closed_by_customer': (v, t) => ({
    title:
      v.event?.reason === 'withdrawn'
        ? 'The customer withdrew the ticket'
        : 'The customer accepted the solution',
    lines: [
      v.event?.reason === 'withdrawn'
        ? `The customer withdrew ticket ${num(v, t)}; it is closed.`
        : `The customer accepted the solution proposed on ticket ${num(v, t)}; the ticket is closed.`,
    ],
    link: open(t),
  }),
  'ticket.dispute_opened': (v, t) => ({
    title: 'Parameters disputed',
    lines: [
      `The customer disagrees with the parameters of ticket ${num(v, t)}; the dispute awaits an answer.`,
    ],
    quote: t.text('text'),
    link: open(t),
  }),
  'ticket.assigned': (v, t) => ({
    title: 'Ticket assigned to you',
    lines: [`Ticket ${num(v, t)} is assigned to you.`, ...deadlines(v, t)],
    link: open(t),
  }),
  'ticket.unassigned': (v, t) => ({
    title: 'Ticket no longer assigned to you',
    lines: [`Ticket ${num(v, t)} is no longer assigned to you: someone else carries on with it.`],
    link: open(t),
  }),
  'sla.reaction.warning': clockAlert('approaching'),
  'sla.solution.warning': clockAlert('approaching'),
  'sla.progress.warning': clockAlert('approaching'),
  'sla.reaction.breached': clockAlert('breached'),
  'sla.solution.breached': clockAlert('breached'),
  'sla.progress.due': (v, t) => ({
    title: 'A progress notice is due',
    lines: [
      `On ticket ${num(v, t)} the progress notice was due ${t.when(v.event?.dueAt)}. Tell the customer how the work goes.`,
    ],
    link: open(t),
  }),
  'auth.verify_email': (v) => ({
    title: 'Confirm your e-mail address',
    lines: [
      'To finish registering on the support portal, confirm your address. The link works for 48 hours.',
    ],
    link: { label: 'Confirm the address', url: `${v.publicUrl}/verify-email?token=${token(v)}` },
  }),
  'auth.password_reset': (v) => ({
    title: 'Password reset',
    lines: [
      'Follow the link to set a new password. It works for 2 hours.',
      'If you did not ask for a reset, do nothing.',
    ],
    link: { label: 'Set a new password', url: `${v.publicUrl}/reset-password?token=${token(v)}` },
  }),
};

/** A kind without a template of its own still reaches the user. */
export const FALLBACK_EN: Template = (v, t): MailContent => ({
  title: 'Notice',
  lines: [v.ticket ? `Something new on ticket ${num(v, t)}.` : 'Something new on the support portal.'],
  link: open(t),
});
