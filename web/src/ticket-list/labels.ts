// Words for ticket statuses, types and priorities, Russian first (R2), and the badge tone of a status.
import type { Lang } from '../api/types.ts';
import { useLang } from '../i18n/i18n.tsx';
import type { Priority, TicketStatus, TicketType } from './types.ts';

export interface TicketLabels {
  status: Record<TicketStatus, string>;
  type: Record<TicketType, string>;
  priority: Record<Priority, string>;
}

export const LABELS: Record<Lang, TicketLabels> = {
  ru: {
    status: {
      new: 'Зарегистрировано',
      in_progress: 'В работе',
      waiting_customer: 'Ожидает ответа пользователя',
      solution_proposed: 'Предложено решение',
      closed: 'Закрыто',
    },
    type: { request: 'Запрос', incident: 'Инцидент', problem: 'Проблема' },
    priority: { critical: 'Критический', high: 'Высокий', normal: 'Обычный', low: 'Низкий' },
  },
  en: {
    status: {
      new: 'Registered',
      in_progress: 'In progress',
      waiting_customer: 'Waiting for the customer',
      solution_proposed: 'Solution proposed',
      closed: 'Closed',
    },
    type: { request: 'Request', incident: 'Incident', problem: 'Problem' },
    priority: { critical: 'Critical', high: 'High', normal: 'Normal', low: 'Low' },
  },
};

/** The badge colour of each status: the customer's turn is amber, a proposed solution green. */
export const STATUS_TONE: Record<TicketStatus, 'neutral' | 'info' | 'ok' | 'warn' | 'bad'> = {
  new: 'info',
  in_progress: 'info',
  waiting_customer: 'warn',
  solution_proposed: 'ok',
  closed: 'neutral',
};

/** The labels in the current language. */
export function useLabels(): TicketLabels {
  return LABELS[useLang().lang];
}
