// The calculator's answer in words: «реакция до 25 ноября, 10:00; решение до 27 ноября, 15:00»,
// the working hours each target gives, and the days the deadline skips.
import type { Lang } from '../../api/types.ts';
import { formatInstant, formatMinutes } from '../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../i18n/i18n.tsx';
import type { DayKind, ExplainedDay, PlanDue } from './calculator-api.ts';

const texts = defineTexts({
  ru: {
    filedNow: 'Если подать обращение сейчас ({from}):',
    due: 'реакция до {reaction}; решение до {solution}',
    targets: 'Норматив плана «{plan}»: реакция — {reaction}, решение — {solution} рабочего времени.',
    zone: 'Время указано для часового пояса {zone}.',
    skipped: 'Не входят в срок: {days}.',
    weekend: 'выходной',
    holiday: 'праздник',
    transfer: 'перенесённый выходной',
    day_off: 'нерабочий день',
    short: 'сокращённый день',
    working_weekend: 'рабочий выходной',
    changed_hours: 'изменённые часы',
    more: 'и ещё {n}',
  },
  en: {
    filedNow: 'If you file a ticket now ({from}):',
    due: 'reaction by {reaction}; solution by {solution}',
    targets: 'Plan “{plan}” targets: reaction within {reaction}, solution within {solution} of working time.',
    zone: 'Times are in the {zone} time zone.',
    skipped: 'Not counted: {days}.',
    weekend: 'weekend',
    holiday: 'public holiday',
    transfer: 'transferred day off',
    day_off: 'day off',
    short: 'short day',
    working_weekend: 'working weekend',
    changed_hours: 'changed hours',
    more: 'and {n} more',
  },
});

const MAX_DAYS = 6;
const SHOWN_KINDS: DayKind[] = ['weekend', 'holiday', 'transfer', 'day_off', 'short', 'working_weekend'];

function formatDay(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** The due instants of one calculation, with the plan's targets and the skipped days. */
export function DueResult({ due }: { due: PlanDue }) {
  const t = useT(texts);
  const { lang } = useLang();
  const when = (iso: string) => formatInstant(iso, lang, { zone: due.timeZone });
  const days = due.solution.explanation.days.filter((d) => SHOWN_KINDS.includes(d.kind));
  const dayText = (d: ExplainedDay) => `${formatDay(d.date, lang)} (${d.title ?? t(d.kind)})`;
  const listed = days.slice(0, MAX_DAYS).map(dayText);
  if (days.length > MAX_DAYS) listed.push(t('more', { n: days.length - MAX_DAYS }));
  return (
    <div className="calculator-result">
      <p>{t('filedNow', { from: when(due.from) })}</p>
      <p className="due-line">
        <strong>
          {t('due', { reaction: when(due.reaction.dueAt), solution: when(due.solution.dueAt) })}
        </strong>
      </p>
      <p className="muted">
        {t('targets', {
          plan: due.planName,
          reaction: formatMinutes(due.reaction.minutes, lang),
          solution: formatMinutes(due.solution.minutes, lang),
        })}
      </p>
      {listed.length > 0 ? <p className="muted">{t('skipped', { days: listed.join(', ') })}</p> : null}
      <p className="muted">{t('zone', { zone: due.timeZone })}</p>
    </div>
  );
}
