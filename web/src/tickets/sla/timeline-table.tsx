// The timeline's text equivalent: each day with the working time that counts, pauses and why it is special.
import { formatMinutes } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { timelineTexts } from './sla-texts.ts';
import { clockText, dayLabel, type Segment, type TimelineRow } from './timeline-model.ts';

const spans = (list: Segment[]) => list.map((s) => `${clockText(s.start)}–${clockText(s.end)}`).join(', ');

/** A table of the timeline's days, for screen readers and for anyone who prefers words. */
export function TimelineTable({ rows }: { rows: TimelineRow[] }) {
  const { lang } = useLang();
  const t = useT(timelineTexts);
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('colDay')}</th>
            <th scope="col">{t('colWork')}</th>
            <th scope="col">{t('colPause')}</th>
            <th scope="col">{t('colNote')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const notes: string[] = [];
            if (row.kind !== 'working')
              notes.push(row.title ? `${t(`kind.${row.kind}`)}: ${row.title}` : t(`kind.${row.kind}`));
            if (row.hours.length > 0 && row.kind !== 'working')
              notes.push(t('hoursOf', { hours: row.hours.map(([a, b]) => `${a}–${b}`).join(', ') }));
            if (row.startsAt !== undefined) notes.push(t('startsAt', { time: clockText(row.startsAt) }));
            if (row.endsAt !== undefined) notes.push(t('endsAt', { time: clockText(row.endsAt) }));
            return (
              <tr key={row.date}>
                <th scope="row">{dayLabel(row.date, lang)}</th>
                <td>
                  {row.work.length > 0
                    ? `${spans(row.work)} (${formatMinutes(row.workMinutes, lang)})`
                    : t('none')}
                </td>
                <td>{row.pauses.length > 0 ? spans(row.pauses) : t('none')}</td>
                <td>{notes.length > 0 ? notes.join('; ') : t('none')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
