// One SLA clock: its state, the due instant in words, time used against the target, and why.
import { formatInstant, formatMinutes } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { Badge, Notice } from '../../ui/ui.tsx';
import { labels } from '../labels.ts';
import type { Clock } from '../types.ts';
import { clockState, stateTone, stateWordKey } from './clock-state.ts';
import { slaTexts } from './sla-texts.ts';
import { SlaTimeline } from './sla-timeline.tsx';

/** Calendar days to one decimal, written the language's way («2,5» in Russian). */
const days = (minutes: number, lang: 'ru' | 'en') =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1 }).format(
    minutes / 1440,
  );

/** A card for one clock of the SLA panel. */
export function SlaClock({ clock, zone, now }: { clock: Clock; zone: string; now: number }) {
  const { lang } = useLang();
  const t = useT(slaTexts);
  const l = useT(labels);
  const state = clockState(clock, now);
  const when = (iso: string) => formatInstant(iso, lang, { zone, now: new Date(now) });
  const calendar = clock.basis === 'calendar_days';
  const share = clock.targetMinutes > 0 ? Math.min(1, clock.consumedMinutes / clock.targetMinutes) : 0;
  const headingId = `sla-${clock.name}`;
  return (
    <li className="sla-clock" aria-labelledby={headingId}>
      <div className="sla-clock-head">
        <h3 id={headingId}>{l(`clock.${clock.name}`)}</h3>
        <span>
          {clock.manual ? <Badge tone="neutral">{t('manual')}</Badge> : null}{' '}
          <Badge tone={stateTone(state)}>{t(stateWordKey(state, clock.name))}</Badge>
        </span>
      </div>
      <DueLine clock={clock} state={state} when={when} />
      {state !== 'inactive' && clock.targetMinutes > 0 ? (
        <>
          <p>
            {calendar
              ? t('consumedDays', {
                  used: days(clock.consumedMinutes, lang),
                  target: days(clock.targetMinutes, lang),
                })
              : t('consumed', {
                  used: formatMinutes(clock.consumedMinutes, lang),
                  target: formatMinutes(clock.targetMinutes, lang),
                })}
            {!calendar &&
            (state === 'ok' || state === 'warning' || state === 'paused' || state === 'breached')
              ? `; ${
                  clock.remainingMinutes >= 0
                    ? t('remaining', { left: formatMinutes(clock.remainingMinutes, lang) })
                    : t('overdue', { left: formatMinutes(-clock.remainingMinutes, lang) })
                }`
              : null}
          </p>
          <div
            className={`sla-meter${state === 'breached' ? ' sla-meter-bad' : state === 'warning' ? ' sla-meter-warn' : ''}`}
            aria-hidden="true"
          >
            <span style={{ width: `${share * 100}%` }} />
          </div>
        </>
      ) : null}
      {clock.warnAt && clock.name !== 'auto_close' && (state === 'ok' || state === 'warning') ? (
        <p className="muted">{t('warnAt', { when: when(clock.warnAt) })}</p>
      ) : null}
      {clock.problem ? <Notice kind="warning">{clock.problem.message}</Notice> : null}
      {clock.explanation ? (
        <details>
          <summary>{t('why')}</summary>
          <SlaTimeline explanation={clock.explanation} zone={zone} />
        </details>
      ) : null}
    </li>
  );
}

function DueLine({
  clock,
  state,
  when,
}: {
  clock: Clock;
  state: ReturnType<typeof clockState>;
  when: (iso: string) => string;
}) {
  const t = useT(slaTexts);
  if (state === 'inactive') return <p className="muted">{t('notStarted')}</p>;
  if (clock.name === 'auto_close' && state === 'counting' && clock.dueAt)
    return <p className="sla-due">{t('autoCloseDue', { when: when(clock.dueAt) })}</p>;
  if (state === 'paused') return <p className="sla-due">{t('pausedDue')}</p>;
  if (state === 'met' && clock.stoppedAt)
    return <p className="sla-due">{t('doneAt', { when: when(clock.stoppedAt) })}</p>;
  if (state === 'stopped' && clock.stoppedAt)
    return <p className="sla-due">{t('stoppedAt', { when: when(clock.stoppedAt) })}</p>;
  if (!clock.dueAt) return null;
  const ended = clock.status === 'breached' && clock.stoppedAt;
  return <p className="sla-due">{t(ended ? 'dueWas' : 'dueAt', { when: when(clock.dueAt) })}</p>;
}
