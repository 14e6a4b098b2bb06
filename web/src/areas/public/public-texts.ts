// Words the public pages share: ticket types with their descriptions (R3) and priorities.
import { defineTexts } from '../../i18n/i18n.tsx';

export const TICKET_TYPES = ['request', 'incident', 'problem'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ticketWords = defineTexts({
  ru: {
    request: 'Запрос',
    requestAbout: 'Вопрос при штатной работе продукта или пожелание изменить продукт.',
    incident: 'Инцидент',
    incidentAbout: 'Ошибка в работе продукта или его недостаточная производительность.',
    problem: 'Проблема',
    problemAbout: 'Устранение подтверждённой ошибки, управление изменениями.',
    critical: 'Критический',
    high: 'Высокий',
    normal: 'Обычный',
    low: 'Низкий',
  },
  en: {
    request: 'Request',
    requestAbout: 'A question while the product works normally, or a wish to change the product.',
    incident: 'Incident',
    incidentAbout: 'An error in the product, or insufficient performance.',
    problem: 'Problem',
    problemAbout: 'Fixing a confirmed error; change management.',
    critical: 'Critical',
    high: 'High',
    normal: 'Normal',
    low: 'Low',
  },
});

export const passwordWords = defineTexts({
  ru: {
    rules: 'Не меньше 10 символов и не совпадает с адресом электронной почты.',
    short: 'Пароль слишком короткий: нужно не меньше 10 символов',
    isEmail: 'Пароль не должен совпадать с адресом электронной почты',
  },
  en: {
    rules: 'At least 10 characters, and not your e-mail address.',
    short: 'The password is too short: at least 10 characters are needed',
    isEmail: 'The password must not be your e-mail address',
  },
});
