// A working-time target typed as hours and minutes (stored as working minutes), with its error.
import { useId } from 'react';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';

export interface Duration {
  hours: string;
  minutes: string;
}

const texts = defineTexts({
  ru: { hours: '{label}: часы', minutes: '{label}: минуты', h: 'ч', min: 'мин' },
  en: { hours: '{label}: hours', minutes: '{label}: minutes', h: 'h', min: 'min' },
});

/** Minutes → the two fields. */
export function toDuration(total: number): Duration {
  return { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };
}

/** The two fields → minutes; what is not a number stays NaN so the server names the fault. */
export function toMinutes(d: Duration): number {
  const h = d.hours.trim() === '' ? 0 : Number(d.hours);
  const m = d.minutes.trim() === '' ? 0 : Number(d.minutes);
  return h * 60 + m;
}

/** Hours and minutes inputs labelled by `label` (e.g. «Реакция, Инцидент, Критический»). */
export function DurationInput({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: Duration;
  onChange: (next: Duration) => void;
  error?: string | undefined;
}) {
  const t = useT(texts);
  const errorId = useId();
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  return (
    <>
      <span className="admin-duration">
        <input
          className="admin-cell-input"
          inputMode="numeric"
          aria-label={t('hours', { label })}
          value={value.hours}
          onChange={(e) => onChange({ ...value, hours: e.target.value })}
          {...invalid}
        />
        <span aria-hidden="true">{t('h')}</span>
        <input
          className="admin-cell-input"
          inputMode="numeric"
          aria-label={t('minutes', { label })}
          value={value.minutes}
          onChange={(e) => onChange({ ...value, minutes: e.target.value })}
          {...invalid}
        />
        <span aria-hidden="true">{t('min')}</span>
      </span>
      {error ? (
        <p className="admin-cell-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </>
  );
}
