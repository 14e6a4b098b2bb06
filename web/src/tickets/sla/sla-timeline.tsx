// "Why this deadline", drawn: one bar per day between the start and the due instant, working time in
// solid blue, pauses hatched, days off greyed, with a legend and the same facts as a table.
import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import { formatInstant, formatMinutes } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import type { Explanation } from '../types.ts';
import { slaTexts, timelineTexts } from './sla-texts.ts';
import {
  buildTimeline,
  clockText,
  dayLabel,
  isDayOff,
  type Segment,
  type TimelineRow,
  tickStep,
} from './timeline-model.ts';
import { TimelineTable } from './timeline-table.tsx';
import './sla.css';

function place(s: Segment, w: Segment): CSSProperties {
  const width = w.end - w.start;
  const a = Math.min(Math.max(s.start, w.start), w.end);
  const b = Math.min(Math.max(s.end, w.start), w.end);
  return { left: `${((a - w.start) / width) * 100}%`, width: `${((b - a) / width) * 100}%` };
}

function rowClass(row: TimelineRow): string {
  if (isDayOff(row.kind)) return 'tl-row tl-off';
  if (row.kind === 'short' || row.kind === 'changed_hours') return 'tl-row tl-short';
  return 'tl-row';
}

/** The drawn timeline of one clock's explanation, its legend and its text equivalent. */
export function SlaTimeline({ explanation, zone }: { explanation: Explanation; zone: string }) {
  const { lang } = useLang();
  const t = useT(timelineTexts);
  const ts = useT(slaTexts);
  const model = buildTimeline(explanation);
  const { window: w } = model;
  const scale = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState({ width: 0, label: 0 });
  // The axis is as wide as its column (narrow beside the ticket, wide on a phone's full width): the
  // labels are thinned to what fits, measured before the drawing is painted and again on resize.
  useLayoutEffect(() => {
    const track = scale.current;
    if (!track) return;
    const measure = () => {
      const width = track.clientWidth;
      const label = track.querySelector<HTMLElement>('.tl-tick')?.offsetWidth ?? 0;
      setFit((f) => (f.width === width && f.label === label ? f : { width, label }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(track);
    return () => observer.disconnect();
  }, []);
  const span = w.end - w.start;
  // The end labels are aligned inside the track, so neighbours need a label and a half, and a gap.
  const step = tickStep(span, fit.width, fit.label * 1.5 + 8);
  const ticks: number[] = [];
  for (let m = w.start; m <= w.end; m += step) ticks.push(m);
  const summary = t('summary', {
    from: formatInstant(explanation.from, lang, { zone }),
    to: formatInstant(explanation.to, lang, { zone }),
    minutes: formatMinutes(explanation.workingMinutes, lang),
  });
  return (
    <figure className="tl">
      <p className="tl-summary">{summary}</p>
      <div className="tl-drawing" role="img" aria-label={`${ts('why')}. ${summary}`}>
        <div className="tl-row tl-scale" aria-hidden="true">
          <span className="tl-day" />
          <div className="tl-track tl-track-scale" ref={scale}>
            {ticks.map((m) => (
              <span
                key={m}
                className={`tl-tick${m === w.start ? ' tl-tick-start' : m === w.end ? ' tl-tick-end' : ''}`}
                style={{ left: `${((m - w.start) / span) * 100}%` }}
              >
                {clockText(m)}
              </span>
            ))}
          </div>
        </div>
        {model.rows.map((row) => (
          <div key={row.date} className={rowClass(row)} aria-hidden="true">
            <span className="tl-day">{dayLabel(row.date, lang)}</span>
            <div className="tl-track" title={row.title ?? t(`kind.${row.kind}`)}>
              {row.work.map((s) => (
                <span key={`w${s.start}`} className="tl-seg tl-work" style={place(s, w)} />
              ))}
              {row.pauses.map((s) => (
                <span key={`p${s.start}`} className="tl-seg tl-pause" style={place(s, w)} />
              ))}
              {row.startsAt !== undefined ? (
                <span
                  className="tl-mark tl-start"
                  style={place({ start: row.startsAt, end: row.startsAt }, w)}
                />
              ) : null}
              {row.endsAt !== undefined ? (
                <span className="tl-mark tl-end" style={place({ start: row.endsAt, end: row.endsAt }, w)} />
              ) : null}
              {isDayOff(row.kind) ? (
                <span className="tl-off-label">{row.title ?? t(`kind.${row.kind}`)}</span>
              ) : null}
            </div>
          </div>
        ))}
      </div>
      <figcaption>
        <ul className="tl-legend" aria-label={t('legend')}>
          <li>
            <span className="tl-key tl-work" /> {t('work')}
          </li>
          <li>
            <span className="tl-key tl-pause" /> {t('pause')}
          </li>
          <li>
            <span className="tl-key tl-key-off" /> {t('off')}
          </li>
          <li>
            <span className="tl-key tl-key-short" /> {t('short')}
          </li>
          <li>
            <span className="tl-key tl-key-start" /> {t('start')}
          </li>
          <li>
            <span className="tl-key tl-key-end" /> {t('end')}
          </li>
        </ul>
        {model.hiddenDays > 0 ? <p className="muted">{t('hiddenDays', { n: model.hiddenDays })}</p> : null}
        {explanation.truncated ? <p className="muted">{t('truncated')}</p> : null}
      </figcaption>
      <details className="tl-text">
        <summary>{t('asText')}</summary>
        <TimelineTable rows={model.rows} />
      </details>
    </figure>
  );
}
