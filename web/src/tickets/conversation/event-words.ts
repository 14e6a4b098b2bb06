// Each ticket event told in words: a title line and, for parameter changes, what changed from what.
import { formatInstant, formatMinutes } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { type LabelKey, labels } from '../labels.ts';
import { usePlans } from '../ticket-api.ts';
import type { ParameterChanges, TicketEvent } from '../types.ts';
import { conversationTexts } from './conversation-texts.ts';

export interface EventWords {
  title: string;
  details: string[];
}

/**
 * A describer of events in the current language; instants in the calendar's `zone`. Only the proposal
 * still waiting for the customer (`pending`) says when the ticket would close by itself: a rejected or
 * answered one no longer will.
 */
export function useEventWords(zone: string): (e: TicketEvent, options?: { pending?: boolean }) => EventWords {
  const { lang } = useLang();
  const t = useT(conversationTexts);
  const l = useT(labels);
  const plans = usePlans();
  const planName = (id: string | undefined) => plans.data?.find((p) => p.id === id)?.name ?? id ?? '—';
  const when = (iso: string) => formatInstant(iso, lang, { zone });
  const label = (key: string) => l(key as LabelKey);

  function changes(now: ParameterChanges = {}, before: ParameterChanges = {}): string[] {
    const out: string[] = [];
    if (now.type)
      out.push(
        t('typeTo', {
          from: before.type ? label(`type.${before.type}`) : '—',
          to: label(`type.${now.type}`),
        }),
      );
    if (now.priority)
      out.push(
        t('priorityTo', {
          from: before.priority ? label(`priority.${before.priority}`) : '—',
          to: label(`priority.${now.priority}`),
        }),
      );
    if (now.planId) out.push(t('planTo', { from: planName(before.planId), to: planName(now.planId) }));
    if (now.deadline) {
      const clock = label(`clock.${now.deadline.clock}`);
      // R15: the deadline it replaced too, when the event recorded it, so the customer can weigh both.
      const from = before.deadline ? `${before.deadline.dueAt ? when(before.deadline.dueAt) : '—'} → ` : '';
      out.push(
        now.deadline.dueAt
          ? t('deadlineTo', { clock, to: `${from}${when(now.deadline.dueAt)}` })
          : t('deadlineBack', { clock }),
      );
    }
    return out;
  }

  return (e: TicketEvent, { pending = false }: { pending?: boolean } = {}): EventWords => {
    const kind = (prefix: string) => (e.kind ? label(`${prefix}.${e.kind}`) : '');
    switch (e.type) {
      case 'filed':
        return { title: t('filed'), details: e.followsUp ? [t('followsUp', { n: e.followsUp })] : [] };
      case 'assigned':
        return {
          title: e.assignee ? t('assigned', { name: e.assignee.name ?? '—' }) : t('unassigned'),
          details: [],
        };
      case 'public_reply':
        return { title: t('publicReply'), details: [] };
      case 'internal_note':
        return { title: t('note'), details: [] };
      case 'info_requested':
        return { title: t('request', { kind: kind('request') }), details: [] };
      case 'customer_replied':
        return { title: t('customerReplied'), details: e.cycle ? [t('newCycle', { n: e.cycle })] : [] };
      case 'solution_proposed':
        return {
          title: t('proposed', { kind: kind('solution') }),
          details: pending && e.autoCloseAt ? [t('autoCloseAt', { when: when(e.autoCloseAt) })] : [],
        };
      case 'solution_rejected':
        return { title: t('rejected'), details: e.cycle ? [t('newCycle', { n: e.cycle })] : [] };
      case 'solution_accepted':
        return { title: t('accepted'), details: [] };
      case 'auto_close_reminded':
        return { title: t('reminded', { when: e.autoCloseAt ? when(e.autoCloseAt) : '—' }), details: [] };
      case 'closed':
        return {
          title: t('closed', { reason: e.closeReason ? label(`close.${e.closeReason}`) : '—' }),
          details: [],
        };
      case 'parameters_changed':
        return {
          title: t('parameters'),
          details: [...changes(e.changes, e.previous), t('reason', { reason: e.reason ?? '' })],
        };
      case 'deadline_set':
        return {
          title: t('parameters'),
          details: [
            ...changes(e.clock ? { deadline: { clock: e.clock, dueAt: e.dueAt ?? null } } : {}),
            t('reason', { reason: e.reason ?? '' }),
          ],
        };
      case 'dispute_opened':
        return { title: t('disputeOpened'), details: [] };
      case 'dispute_answered':
        return { title: t('disputeAnswered'), details: [] };
      case 'merged_into':
        return { title: t('mergedInto', { n: e.mergedInto ?? '—' }), details: [] };
      case 'merged_from':
        return { title: t('mergedFrom', { n: e.mergedFrom ?? '—' }), details: [] };
      case 'clock': {
        const clock = e.clock ? label(`clock.${e.clock}`) : '';
        const action = e.action === 'stopped' && e.outcome ? `stopped.${e.outcome}` : (e.action ?? 'stopped');
        const key = `clock.${action}` as Parameters<typeof t>[0];
        const known = key in conversationTexts.ru;
        const minutes = e.targetMinutes ?? 0;
        const target =
          e.clock === 'auto_close'
            ? `${Math.round(minutes / 1440)} ${lang === 'ru' ? 'дн.' : 'days'}`
            : formatMinutes(minutes, lang);
        return {
          title: known ? t(key, { clock, target }) : t('clock.stopped', { clock }),
          details: e.dueAt ? [when(e.dueAt)] : [],
        };
      }
      case 'problem_linked':
        return {
          title: e.problem ? t('problemLinked', { n: e.problem }) : t('problemUnlinked'),
          details: [],
        };
      case 'build_published':
        return {
          title: t('buildPublished', {
            build: e.build ? `${e.build.product} ${e.build.version}`.trim() : '—',
          }),
          details: [],
        };
      default:
        return { title: t('other', { type: e.type }), details: [] };
    }
  };
}
