// The ticket type as three choices, each with its description from the agreement (R3).
import { useId } from 'react';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { useLabels } from '../../../ticket-list/labels.ts';
import { TICKET_TYPES, type TicketType } from '../../../ticket-list/types.ts';

const texts = defineTexts({
  ru: {
    legend: 'Тип обращения',
    request: 'Вопрос, пока продукт работает нормально, или пожелание изменить продукт.',
    incident: 'Ошибка в продукте или недостаточная производительность.',
    problem: 'Исправление подтверждённой ошибки, управление изменениями.',
  },
  en: {
    legend: 'Ticket type',
    request: 'A question while the product works normally, or a wish to change the product.',
    incident: 'An error in the product, or insufficient performance.',
    problem: 'Fixing a confirmed error; change management.',
  },
});

/** Shows the three types with their descriptions; `error` is announced with the group. */
export function TypeChoice({
  value,
  onChange,
  error,
}: {
  value: TicketType | '';
  onChange: (type: TicketType) => void;
  error?: string | undefined;
}) {
  const t = useT(texts);
  const labels = useLabels();
  const id = useId();
  return (
    <fieldset
      className={`choice-group${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{t('legend')}</legend>
      <div className="choice-grid">
        {TICKET_TYPES.map((type) => (
          <label key={type} className="choice">
            <input
              type="radio"
              name={`${id}-type`}
              value={type}
              checked={value === type}
              onChange={() => onChange(type)}
              aria-invalid={error ? true : undefined}
              aria-labelledby={`${id}-${type}-name`}
              aria-describedby={`${id}-${type}`}
            />
            <span className="choice-text">
              <strong id={`${id}-${type}-name`}>{labels.type[type]}</strong>
              <span id={`${id}-${type}`} className="choice-hint">
                {t(type)}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
