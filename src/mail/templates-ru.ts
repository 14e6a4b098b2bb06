// Russian texts of every notice (R2: Russian is the default language of e-mail).
import type { MailContent, NoticeView, Template, TemplateTools } from './view.ts';

const open = (t: TemplateTools) => ({ label: 'Открыть обращение', url: t.ticketUrl });
const deadlines = (v: NoticeView, t: TemplateTools) =>
  v.ticket
    ? [
        `Тип: ${t.label('type', v.ticket.type)}, приоритет: ${t.label('priority', v.ticket.priority)}.`,
        `Срок реакции: ${t.when(v.ticket.reactionDueAt)}. Срок предложения решения: ${t.when(v.ticket.solutionDueAt)}.`,
      ]
    : [];
// The clock an SLA alert is about: its event says so; a row written without one names it in its kind.
const clockOf = (v: NoticeView) => v.event?.clock ?? v.kind.split('.')[1];
const num = (v: NoticeView, t: TemplateTools) => t.ref(v.ticket?.number);
// R15: each changed parameter, old → new, so the customer can decide whether to dispute it.
const changeLine = (c: ChangedParameter, t: TemplateTools): string => {
  switch (c.name) {
    case 'type':
      return `Тип: ${t.label('type', c.from)} → ${t.label('type', c.to)}`;
    case 'priority':
      return `Приоритет: ${t.label('priority', c.from)} → ${t.label('priority', c.to)}`;
    case 'plan':
      return `Вариант обслуживания: ${c.from} → ${c.to}`;
    case 'deadline': {
      const to = c.to === null ? 'по варианту обслуживания' : t.when(c.to);
      return `Срок ${t.label('clock', c.clock)}: ${c.from === undefined ? '' : `${t.when(c.from)} → `}${to}`;
    }
  }
};
const newDeadlines = (v: NoticeView, t: TemplateTools): string[] => {
  const due = [
    v.ticket?.reactionDueAt ? `реакции — ${t.when(v.ticket.reactionDueAt)}` : '',
    v.ticket?.solutionDueAt ? `предложения решения — ${t.when(v.ticket.solutionDueAt)}` : '',
  ].filter(Boolean);
  return due.length > 0 ? [`Сроки теперь: ${due.join('; ')}.`] : [];
};
const clockAlert =
  (verb: string): Template =>
  (v, t) => ({
    title: `${verb} срок ${t.label('clock', clockOf(v))}`,
    lines: [`Обращение ${num(v, t)}: срок ${t.label('clock', clockOf(v))} — ${t.when(v.event?.dueAt)}.`],
    link: open(t),
  });

/** Templates by notice kind. */
export const TEMPLATES_RU: Record<string, Template> = {
  'ticket.registered': (v, t) => ({
    title: 'Обращение зарегистрировано',
    lines: [
      `Ваше обращение зарегистрировано под номером ${num(v, t)}. Этот номер — подтверждение регистрации.`,
      ...deadlines(v, t),
    ],
    link: open(t),
  }),
  'ticket.follow_up_registered': (v, t) => ({
    title: 'Зарегистрировано новое обращение',
    lines: [
      `Обращение ${t.ref(v.event?.followsUp)} уже закрыто, поэтому ваше сообщение зарегистрировано как новое обращение ${num(v, t)}, связанное с ним.`,
      ...deadlines(v, t),
    ],
    link: open(t),
  }),
  'ticket.replied': (v, t) => ({
    title: 'Ответ службы поддержки',
    lines: [`Служба поддержки ответила по обращению ${num(v, t)}.`],
    quote: t.text('text'),
    link: open(t),
  }),
  'ticket.info_requested': (v, t) => ({
    title: 'Нужен ваш ответ',
    lines: [
      `Чтобы продолжить работу по обращению ${num(v, t)}, служба поддержки просит вас ${t.label('request', v.event?.kind)}.`,
      'Пока мы ждём ответа, срок решения приостановлен.',
    ],
    quote: t.text('text'),
    link: { label: 'Ответить', url: t.ticketUrl },
  }),
  'ticket.solution_proposed': (v, t) => ({
    title: t.label('solution', v.event?.kind),
    lines: [
      `По обращению ${num(v, t)}: ${t.label('solution', v.event?.kind).toLowerCase()}. Проверьте его и сообщите результат: примите решение или ответьте, если оно не помогло.`,
      `Если ответа не будет, обращение будет закрыто автоматически ${t.when(v.event?.autoCloseAt)}.`,
    ],
    quote: t.text('text'),
    link: open(t),
  }),
  'ticket.auto_close_reminder': (v, t) => ({
    title: `Обращение закроется ${t.when(v.event?.autoCloseAt)}`,
    lines: [
      `Предложенное по обращению ${num(v, t)} решение ждёт вашего ответа.`,
      `Если не ответить до ${t.when(v.event?.autoCloseAt)}, обращение будет закрыто автоматически, а работа по нему будет считаться выполненной.`,
    ],
    link: open(t),
  }),
  'ticket.auto_closed': (v, t) => ({
    title: 'Обращение закрыто автоматически',
    lines: [
      `Решение по обращению ${num(v, t)} ждало подтверждения установленный соглашением срок; обращение закрыто, работа по нему считается выполненной.`,
      'Новое сообщение по нему будет зарегистрировано как новое обращение, связанное с этим.',
    ],
    link: open(t),
  }),
  'ticket.merged': (v, t) => ({
    title: `Обращение объединено с ${t.ref(mergedInto(v))}`,
    lines: [
      `Служба поддержки объединила ваше обращение ${num(v, t)} с обращением ${t.ref(mergedInto(v))} того же содержания: работа продолжается там, сроки считаются по нему.`,
      `Обращение ${num(v, t)} закрыто. Новое сообщение по нему будет зарегистрировано как новое обращение, связанное с ним; чтобы дополнить вопрос, напишите в ${t.ref(mergedInto(v))}.`,
    ],
    quote: t.text('comment'),
    link: { label: `Открыть обращение ${t.ref(mergedInto(v))}`, url: t.urlOf(mergedInto(v)) },
  }),
  'ticket.merged_in': (v, t) => ({
    title: `К обращению присоединено ${t.ref(mergedFrom(v))}`,
    lines: [
      `Обращение ${t.ref(mergedFrom(v))} объединено с обращением ${num(v, t)}, назначенным вам: работа по нему продолжается в ${num(v, t)}.`,
      `Прочитайте переписку ${t.ref(mergedFrom(v))}: в ней могут быть подробности той же ситуации.`,
    ],
    link: open(t),
  }),
  'ticket.parameters_changed': (v, t) => {
    const changed = changedParameters(v).map((c) => changeLine(c, t));
    return {
      title: 'Изменены параметры обращения',
      lines: [
        `Служба поддержки изменила параметры обращения ${num(v, t)}${changed.length > 0 ? ':' : '.'}`,
        ...changed,
        `Причина: ${t.text('reason') || '—'}`,
        ...newDeadlines(v, t),
        'Если вы не согласны, откройте спор на странице обращения: служба поддержки обязана его рассмотреть.',
      ],
      link: open(t),
    };
  },
  'ticket.dispute_answered': (v, t) => ({
    title: 'Ответ на ваш спор',
    lines: [`Служба поддержки ответила на ваш спор о параметрах обращения ${num(v, t)}.`],
    quote: t.text('text'),
    link: open(t),
  }),
  'build.published': (v, t) => ({
    title: `Вышла сборка ${String(v.data.product ?? '')} ${String(v.data.version ?? '')}`,
    lines: [
      `В сборке ${String(v.data.product ?? '')} ${String(v.data.version ?? '')} есть изменения по вашим обращениям: ${ticketList(v, t)}.`,
      'Установите её: по соглашению используется новейшая сборка, содержащая изменения по решениям ваших обращений.',
    ],
    links: ticketLinks(v, t),
  }),
  'ticket.new': (v, t) => ({
    title: 'Новое обращение',
    lines: [`Зарегистрировано обращение ${num(v, t)}.`, ...deadlines(v, t)],
    quote: t.text('description'),
    link: open(t),
  }),
  'ticket.customer_answered': (v, t) => ({
    title: v.event?.type === 'solution_rejected' ? 'Пользователь отклонил решение' : 'Ответ пользователя',
    lines: [`Пользователь ответил по обращению ${num(v, t)}.`],
    quote: t.text('text') || t.text('comment'),
    link: open(t),
  }),
  'ticket.closed_by_customer': (v, t) => ({
    title: v.event?.reason === 'withdrawn' ? 'Пользователь отозвал обращение' : 'Пользователь принял решение',
    lines: [
      v.event?.reason === 'withdrawn'
        ? `Пользователь отозвал обращение ${num(v, t)}; оно закрыто.`
        : `Пользователь принял предложенное решение по обращению ${num(v, t)}; обращение закрыто.`,
    ],
    link: open(t),
  }),
  'ticket.dispute_opened': (v, t) => ({
    title: 'Спор о параметрах',
    lines: [`Пользователь не согласен с параметрами обращения ${num(v, t)}; спор ждёт ответа.`],
    quote: t.text('text'),
    link: open(t),
  }),
  'ticket.assigned': (v, t) => ({
    title: 'Обращение назначено вам',
    lines: [`Обращение ${num(v, t)} назначено вам.`, ...deadlines(v, t)],
    link: open(t),
  }),
  // Taken over by a colleague or reassigned by the lead: the former assignee stops working it.
  'ticket.unassigned': (v, t) => ({
    title: 'Обращение больше не назначено вам',
    lines: [`Обращение ${num(v, t)} больше не назначено вам: его работу продолжит другой сотрудник.`],
    link: open(t),
  }),
  'sla.reaction.warning': clockAlert('Приближается'),
  'sla.solution.warning': clockAlert('Приближается'),
  'sla.progress.warning': clockAlert('Приближается'),
  'sla.reaction.breached': clockAlert('Нарушен'),
  'sla.solution.breached': clockAlert('Нарушен'),
  'sla.progress.due': (v, t) => ({
    title: 'Пора сообщить о ходе работ',
    lines: [
      `По обращению ${num(v, t)} срок сообщения о ходе работ истёк ${t.when(v.event?.dueAt)}. Напишите пользователю, как идёт работа.`,
    ],
    link: open(t),
  }),
  'auth.verify_email': (v) => ({
    title: 'Подтвердите адрес электронной почты',
    lines: [
      'Чтобы завершить регистрацию на портале поддержки, подтвердите адрес. Ссылка действует 48 часов.',
    ],
    link: { label: 'Подтвердить адрес', url: `${v.publicUrl}/verify-email?token=${token(v)}` },
  }),
  'auth.password_reset': (v) => ({
    title: 'Сброс пароля',
    lines: [
      'Чтобы задать новый пароль, перейдите по ссылке. Она действует 2 часа.',
      'Если вы не просили сбросить пароль, ничего не делайте.',
    ],
    link: { label: 'Задать новый пароль', url: `${v.publicUrl}/reset-password?token=${token(v)}` },
  }),
};

/** A kind without a template of its own still reaches the user. */
export const FALLBACK_RU: Template = (v, t): MailContent => ({
  title: 'Уведомление',
  lines: [v.ticket ? `Новое событие по обращению ${num(v, t)}.` : 'Новое уведомление на портале поддержки.'],
  link: open(t),
});

/** One parameter a parameter change changed (R15); `from` is absent when the event did not record it. */
export type ChangedParameter =
  | { name: 'type' | 'priority'; from: unknown; to: unknown }
  | { name: 'plan'; from: string; to: string }
  | { name: 'deadline'; clock: unknown; from?: unknown; to: unknown };

/**
 * What a parameters_changed event (or the older deadline_set) changed, in a fixed order; plans by the
 * names the notice context adds as `planNames`, by id when a plan is gone.
 */
export function changedParameters(v: NoticeView): ChangedParameter[] {
  const e = v.event;
  if (e?.type === 'deadline_set') return [{ name: 'deadline', clock: e.clock, to: e.dueAt ?? null }];
  const now = fieldsOf(e?.changes);
  const before = fieldsOf(e?.previous);
  const names = fieldsOf(e?.planNames);
  const plan = (id: unknown) =>
    typeof names[String(id)] === 'string' ? String(names[String(id)]) : String(id ?? '—');
  const out: ChangedParameter[] = [];
  if (now.type !== undefined) out.push({ name: 'type', from: before.type, to: now.type });
  if (now.priority !== undefined) out.push({ name: 'priority', from: before.priority, to: now.priority });
  if (now.planId !== undefined) out.push({ name: 'plan', from: plan(before.planId), to: plan(now.planId) });
  if (now.deadline !== undefined) {
    const d = fieldsOf(now.deadline);
    out.push({
      name: 'deadline',
      clock: d.clock,
      from: fieldsOf(before.deadline).dueAt ?? null,
      to: d.dueAt ?? null,
    });
  }
  return out;
}

function fieldsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The number of the ticket a merged one joined (its merged_into event says). */
export function mergedInto(v: NoticeView): unknown {
  const into = v.event?.into;
  return typeof into === 'object' && into !== null ? (into as { number?: unknown }).number : undefined;
}

/** The number of the duplicate merged into the ticket (a merged_from event). */
export function mergedFrom(v: NoticeView): unknown {
  const source = v.event?.source;
  return typeof source === 'object' && source !== null ? (source as { number?: unknown }).number : undefined;
}

/** The ticket numbers a build notice lists. */
export function ticketList(v: NoticeView, t: TemplateTools): string {
  const numbers = Array.isArray(v.data.ticketNumbers) ? v.data.ticketNumbers : [];
  return numbers.map((n) => t.ref(n)).join(', ');
}

/** A link to each ticket a build notice lists. */
export function ticketLinks(v: NoticeView, t: TemplateTools): { label: string; url: string }[] {
  const numbers = Array.isArray(v.data.ticketNumbers) ? v.data.ticketNumbers : [];
  return numbers.map((n) => ({ label: t.ref(n), url: t.urlOf(n) }));
}

/** The one-time link token of an account mail, URL-encoded. */
export function token(v: NoticeView): string {
  return encodeURIComponent(String(v.data.token ?? ''));
}
