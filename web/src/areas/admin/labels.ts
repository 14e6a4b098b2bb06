// Names of roles, ticket types, priorities and clocks as the admin pages show them (R2, R3, R20).
import { defineTexts } from '../../i18n/i18n.tsx';

export const labels = defineTexts({
  ru: {
    customer: 'Представитель пользователя',
    engineer: 'Инженер поддержки',
    lead: 'Руководитель поддержки',
    admin: 'Администратор',
    request: 'Запрос',
    incident: 'Инцидент',
    problem: 'Проблема',
    critical: 'Критический',
    high: 'Высокий',
    normal: 'Обычный',
    low: 'Низкий',
    reactionMinutes: 'Реакция',
    solutionMinutes: 'Решение',
    progressMinutes: 'Интервал уведомлений',
  },
  en: {
    customer: 'Customer representative',
    engineer: 'Support engineer',
    lead: 'Support lead',
    admin: 'Administrator',
    request: 'Request',
    incident: 'Incident',
    problem: 'Problem',
    critical: 'Critical',
    high: 'High',
    normal: 'Normal',
    low: 'Low',
    reactionMinutes: 'Reaction',
    solutionMinutes: 'Solution',
    progressMinutes: 'Progress interval',
  },
});
