// The priority as four choices, each with a short explanation of when to pick it.
import { useId } from 'react';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { useLabels } from '../../../ticket-list/labels.ts';
import { PRIORITIES, type Priority } from '../../../ticket-list/types.ts';

const texts = defineTexts({
  ru: {
    legend: 'Приоритет',
    hint: 'От приоритета зависят сроки реакции и решения по вашему варианту обслуживания.',
    critical: 'Работа остановлена, обходного пути нет.',
    high: 'Важная функция не работает или работает очень медленно.',
    normal: 'Ошибка или вопрос мешают, но работа продолжается.',
    low: 'Несрочный вопрос или пожелание.',
  },
  en: {
    legend: 'Priority',
    hint: 'The priority sets the reaction and solution deadlines of your service option.',
    critical: 'Work has stopped and there is no way around it.',
    high: 'An important function fails or is very slow.',
    normal: 'An error or question gets in the way, but work goes on.',
    low: 'A question or wish that is not urgent.',
  },
});

/** Shows the priorities with their explanations. */
export function PriorityChoice({ value, onChange }: { value: Priority; onChange: (p: Priority) => void }) {
  const t = useT(texts);
  const labels = useLabels();
  const id = useId();
  return (
    <fieldset className="choice-group" aria-describedby={`${id}-hint`}>
      <legend>{t('legend')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('hint')}
      </p>
      <div className="choice-grid choice-grid-pairs">
        {PRIORITIES.map((p) => (
          <label key={p} className="choice">
            <input
              type="radio"
              name={`${id}-priority`}
              value={p}
              checked={value === p}
              onChange={() => onChange(p)}
              aria-labelledby={`${id}-${p}-name`}
              aria-describedby={`${id}-${p}`}
            />
            <span className="choice-text">
              <strong id={`${id}-${p}-name`}>{labels.priority[p]}</strong>
              <span id={`${id}-${p}`} className="choice-hint">
                {t(p)}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
