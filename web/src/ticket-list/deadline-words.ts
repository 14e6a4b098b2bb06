// The next deadline of a ticket in plain words: «решение до 14 января, 12:30», «реакция просрочена: срок
// был 12 января, 10:00», «ожидает вашего ответа», «автозакрытие 9 декабря». Instants are shown in the service zone (R5: Moscow time).
import type { Lang } from '../api/types.ts';
import { formatInstant } from '../i18n/format-time.ts';
import { format } from '../i18n/i18n.tsx';
import type { TicketSummary } from './types.ts';

/** Service hours are Moscow time (R5); list rows do not carry the contract's calendar zone. */
export const SERVICE_ZONE = 'Europe/Moscow';

export type Audience = 'customer' | 'support';

const WORDS = {
  ru: {
    reaction: 'реакция до {when}',
    solution: 'решение до {when}',
    progress: 'сообщение о ходе работ до {when}',
    // Past the instant the word agrees with the clock: реакция просрочена, решение просрочено.
    reactionOverdue: 'реакция просрочена: срок был {when}',
    solutionOverdue: 'решение просрочено: срок был {when}',
    progressOverdue: 'сообщение о ходе работ просрочено: срок был {when}',
    registered: 'ожидает рассмотрения',
    working: 'в работе',
    yourAnswer: 'ожидает вашего ответа',
    customerAnswer: 'ждёт ответа пользователя',
    autoClose: 'автозакрытие {day}',
    yourDecision: 'ожидает вашего решения',
    customerDecision: 'ждёт решения пользователя',
    closedOn: 'закрыто {day}',
    closed: 'закрыто',
  },
  en: {
    reaction: 'reaction by {when}',
    solution: 'solution by {when}',
    progress: 'progress notice by {when}',
    reactionOverdue: 'reaction overdue: was due {when}',
    solutionOverdue: 'solution overdue: was due {when}',
    progressOverdue: 'progress notice overdue: was due {when}',
    registered: 'awaiting review',
    working: 'in progress',
    yourAnswer: 'waiting for your answer',
    customerAnswer: 'waiting for the customer',
    autoClose: 'closes automatically on {day}',
    yourDecision: 'waiting for your decision',
    customerDecision: 'waiting for the customer’s decision',
    closedOn: 'closed on {day}',
    closed: 'closed',
  },
} as const;

type Row = Pick<TicketSummary, 'status' | 'deadlines' | 'nextDueAt' | 'closedAt'>;
type Options = { now?: Date; zone?: string };
type ClockDue = { clock: 'reaction' | 'solution' | 'progress'; at: string };

/** The support deadline a working ticket's row names: support's next one, a customer's reaction or solution. */
function shownDeadline(t: Row, audience: Audience): ClockDue | null {
  if (t.status !== 'new' && t.status !== 'in_progress') return null;
  const { reaction, solution, progress } = t.deadlines;
  if (audience === 'support' && t.nextDueAt) {
    // Support sees the clock that orders the queue.
    const clock = (
      [
        ['reaction', reaction],
        ['solution', solution],
        ['progress', progress],
      ] as const
    ).find(([, at]) => at === t.nextDueAt)?.[0];
    return { clock: clock ?? 'solution', at: t.nextDueAt };
  }
  const [first, second] =
    t.status === 'new' ? (['reaction', 'solution'] as const) : (['solution', 'reaction'] as const);
  const clock = t.deadlines[first] ? first : t.deadlines[second] ? second : null;
  return clock ? { clock, at: t.deadlines[clock] as string } : null;
}

/** Whether the deadline the row names has passed at `now` (its words then say it is overdue). */
export function isOverdue(t: Row, audience: Audience, now: Date): boolean {
  const due = shownDeadline(t, audience);
  return due !== null && Date.parse(due.at) <= now.getTime();
}

/** What the ticket waits for next, in words for the customer or for support. */
export function deadlineInWords(t: Row, lang: Lang, audience: Audience, options: Options = {}): string {
  const w = WORDS[lang];
  const zone = options.zone ?? SERVICE_ZONE;
  const when = (iso: string) =>
    formatInstant(iso, lang, { zone, ...(options.now ? { now: options.now } : {}) });
  const day = (iso: string) => formatDay(iso, lang, zone, options.now);
  const { autoClose } = t.deadlines;
  const customer = audience === 'customer';
  switch (t.status) {
    case 'new':
    case 'in_progress': {
      const due = shownDeadline(t, audience);
      if (!due) return t.status === 'new' ? w.registered : w.working;
      const past = options.now !== undefined && isOverdue(t, audience, options.now);
      return format(w[past ? (`${due.clock}Overdue` as const) : due.clock], { when: when(due.at) });
    }
    case 'waiting_customer':
      return customer ? w.yourAnswer : w.customerAnswer;
    case 'solution_proposed':
      if (autoClose) return format(w.autoClose, { day: day(autoClose) });
      return customer ? w.yourDecision : w.customerDecision;
    case 'closed':
      return t.closedAt ? format(w.closedOn, { day: day(t.closedAt) }) : w.closed;
  }
}

/** «9 декабря» (with the year when it is not the current one) in the zone. */
export function formatDay(iso: string, lang: Lang, zone: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const year = (d: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: zone }).format(d);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru-RU', {
    day: 'numeric',
    month: 'long',
    ...(year(date) === year(now) ? {} : { year: 'numeric' }),
    timeZone: zone,
  }).format(date);
}
