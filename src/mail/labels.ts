// Words the mail templates share, Russian first (R2): ticket types, priorities, clocks, requests,
// solution kinds, and how instants are written in the calendar's zone.
import type { Lang } from '../i18n/index.ts';

type Labels = Record<string, string>;

const RU: Record<string, Labels> = {
  type: { request: 'Запрос', incident: 'Инцидент', problem: 'Проблема' },
  priority: { critical: 'критический', high: 'высокий', normal: 'обычный', low: 'низкий' },
  clock: { reaction: 'реакции', solution: 'предложения решения', progress: 'сообщения о ходе работ' },
  // What support asks of the customer (R13): each completes «служба поддержки просит вас …».
  request: {
    information: 'прислать дополнительную информацию (сценарий и данные, воспроизводящие ситуацию)',
    try_build: 'установить и проверить специально подготовленную сборку',
    change_settings: 'изменить настройки продукта или системы либо условия эксплуатации',
    clarify_usage: 'уточнить, как используется продукт',
    fix_scenario: 'исправить сценарий, не входящий в продукт',
  },
  solution: {
    solution: 'Предложено решение',
    workaround: 'Предложен обходной путь',
    refusal: 'Обоснованный отказ',
  },
};

const EN: Record<string, Labels> = {
  type: { request: 'Request', incident: 'Incident', problem: 'Problem' },
  priority: { critical: 'critical', high: 'high', normal: 'normal', low: 'low' },
  clock: { reaction: 'reaction', solution: 'solution', progress: 'progress notice' },
  // Each completes «support asks you to …».
  request: {
    information: 'send more information (a scenario and data that reproduce the situation)',
    try_build: 'install and try a specially prepared build',
    change_settings: 'change the settings of the product or the system, or the operating conditions',
    clarify_usage: 'clarify how the product is used',
    fix_scenario: 'correct a scenario that is not part of the product',
  },
  solution: {
    solution: 'A solution is proposed',
    workaround: 'A workaround is proposed',
    refusal: 'A reasoned refusal',
  },
};

/** The word for `value` in a group (type, priority, clock, request, solution); the value itself if unknown. */
export function labelOf(lang: Lang, group: string, value: unknown): string {
  const text = String(value ?? '');
  return (lang === 'en' ? EN : RU)[group]?.[text] ?? text;
}

/** An instant as people read it in the calendar's zone, e.g. «23.11.2026, 12:30 (Europe/Moscow)»; «—» for none. */
export function formatWhen(lang: Lang, ms: number | null | undefined, timeZone: string): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  // A notice to a team shows the same deadlines in every mail: each is formatted once.
  const key = `${lang} ${timeZone} ${ms}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = `${formatter(lang, timeZone).format(new Date(ms))} (${timeZone})`;
    if (formatted.size >= 1000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

const formatted = new Map<string, string>();

// Building an Intl formatter costs far more than using one; a busy minute renders thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru-RU', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(key, f);
  }
  return f;
}
