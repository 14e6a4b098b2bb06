// Names of the ticket model's values in both languages: statuses, types, priorities, kinds, clocks.
import { defineTexts } from '../i18n/i18n.tsx';

export const labels = defineTexts({
  ru: {
    'status.new': 'Зарегистрировано',
    'status.in_progress': 'В работе',
    'status.waiting_customer': 'Ожидает ответа пользователя',
    'status.solution_proposed': 'Предложено решение',
    'status.closed': 'Закрыто',
    'type.request': 'Запрос',
    'type.incident': 'Инцидент',
    'type.problem': 'Проблема',
    'priority.critical': 'Критический',
    'priority.high': 'Высокий',
    'priority.normal': 'Обычный',
    'priority.low': 'Низкий',
    'solution.solution': 'Решение',
    'solution.workaround': 'Обходное решение',
    'solution.refusal': 'Мотивированный отказ',
    'request.information': 'Нужна информация',
    'request.try_build': 'Установить и проверить сборку',
    'request.change_settings': 'Изменить настройки',
    'request.clarify_usage': 'Уточнить, как используется продукт',
    'request.fix_scenario': 'Исправить сценарий',
    'clock.reaction': 'Реакция',
    'clock.solution': 'Решение',
    'clock.progress': 'Сообщение о ходе работ',
    'clock.auto_close': 'Автозакрытие',
    'close.accepted': 'решение принято',
    'close.auto_closed': 'закрыто автоматически через 15 дней',
    'close.withdrawn': 'отозвано пользователем',
    'close.merged': 'объединено с другим обращением',
    'role.customer': 'Представитель пользователя',
    'role.engineer': 'Инженер поддержки',
    'role.lead': 'Руководитель поддержки',
    'role.admin': 'Администратор',
    'role.system': 'Система',
  },
  en: {
    'status.new': 'Registered',
    'status.in_progress': 'In progress',
    'status.waiting_customer': 'Waiting for the customer',
    'status.solution_proposed': 'Solution proposed',
    'status.closed': 'Closed',
    'type.request': 'Request',
    'type.incident': 'Incident',
    'type.problem': 'Problem',
    'priority.critical': 'Critical',
    'priority.high': 'High',
    'priority.normal': 'Normal',
    'priority.low': 'Low',
    'solution.solution': 'Solution',
    'solution.workaround': 'Workaround',
    'solution.refusal': 'Reasoned refusal',
    'request.information': 'Information needed',
    'request.try_build': 'Install and try a build',
    'request.change_settings': 'Change settings',
    'request.clarify_usage': 'Clarify how the product is used',
    'request.fix_scenario': 'Correct the scenario',
    'clock.reaction': 'Reaction',
    'clock.solution': 'Solution',
    'clock.progress': 'Progress notice',
    'clock.auto_close': 'Auto-close',
    'close.accepted': 'solution accepted',
    'close.auto_closed': 'closed automatically after 15 days',
    'close.withdrawn': 'withdrawn by the customer',
    'close.merged': 'merged into another ticket',
    'role.customer': 'Customer representative',
    'role.engineer': 'Support engineer',
    'role.lead': 'Support lead',
    'role.admin': 'Administrator',
    'role.system': 'System',
  },
});

export type LabelKey = keyof (typeof labels)['ru'];

/** The badge tone of a ticket status. */
export function statusTone(status: string): 'neutral' | 'info' | 'ok' | 'warn' | 'bad' {
  switch (status) {
    case 'new':
    case 'in_progress':
      return 'info';
    case 'waiting_customer':
    case 'solution_proposed':
      return 'warn';
    default:
      return 'neutral';
  }
}
