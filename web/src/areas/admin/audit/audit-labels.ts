// What each recorded administrative action and entity is called in the audit trail (R22).
import { defineTexts } from '../../../i18n/i18n.tsx';

export const ENTITIES = [
  'organization',
  'contract',
  'contact',
  'plan',
  'calendar',
  'user',
  'content',
  'product',
  'build',
] as const;

export const entityTexts = defineTexts({
  ru: {
    organization: 'Организация',
    contract: 'Договор',
    contact: 'Представитель',
    plan: 'План обслуживания',
    calendar: 'Календарь',
    user: 'Пользователь',
    content: 'Текст портала',
    product: 'Продукт',
    build: 'Сборка',
  },
  en: {
    organization: 'Organization',
    contract: 'Contract',
    contact: 'Representative',
    plan: 'Service plan',
    calendar: 'Calendar',
    user: 'User',
    content: 'Portal text',
    product: 'Product',
    build: 'Build',
  },
});

const ACTIONS = {
  ru: {
    'organization.created': 'организация добавлена',
    'organization.renamed': 'организация переименована',
    'contract.created': 'договор заключён',
    'contract.updated': 'условия договора изменены',
    'contact.created': 'представитель добавлен',
    'contact.deleted': 'представитель исключён',
    'contact.imported': 'представители загружены из CSV',
    'plan.created': 'план создан',
    'plan.replaced': 'план изменён',
    'calendar.created': 'календарь создан',
    'calendar.replaced': 'календарь заменён',
    'calendar.year_imported': 'год загружен из xmlcalendar',
    'user.updated': 'роль или организация изменены',
    'content.updated': 'текст изменён',
    'product.created': 'продукт добавлен',
    'build.created': 'сборка создана',
    'build.updated': 'сборка изменена',
    'build.tickets_set': 'обращения сборки заданы',
    'build.file_added': 'файл сборки загружен',
    'build.published': 'сборка опубликована',
  },
  en: {
    'organization.created': 'organization added',
    'organization.renamed': 'organization renamed',
    'contract.created': 'contract added',
    'contract.updated': 'contract terms changed',
    'contact.created': 'representative added',
    'contact.deleted': 'representative removed',
    'contact.imported': 'representatives imported from CSV',
    'plan.created': 'plan created',
    'plan.replaced': 'plan changed',
    'calendar.created': 'calendar created',
    'calendar.replaced': 'calendar replaced',
    'calendar.year_imported': 'year loaded from xmlcalendar',
    'user.updated': 'role or organization changed',
    'content.updated': 'text changed',
    'product.created': 'product added',
    'build.created': 'build created',
    'build.updated': 'build changed',
    'build.tickets_set': 'build tickets set',
    'build.file_added': 'build file uploaded',
    'build.published': 'build published',
  },
} as const satisfies Record<'ru' | 'en', Record<string, string>>;

/** The action in words, or its code when it is one this page does not know yet. */
export function actionLabel(action: string, lang: 'ru' | 'en'): string {
  const known: Record<string, string> = ACTIONS[lang];
  return known[action] ?? action;
}
