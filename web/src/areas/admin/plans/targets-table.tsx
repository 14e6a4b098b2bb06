// The plan's targets as a table form: a row per ticket type and priority, a column per clock.
import { Fragment } from 'react';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import {
  CLOCKS,
  type ClockField,
  PRIORITIES,
  type Priority,
  TICKET_TYPES,
  type TicketType,
} from '../admin-api.ts';
import { errorAt, type FieldErrors } from '../field-errors.ts';
import { labels } from '../labels.ts';
import { type Duration, DurationInput } from './duration-input.tsx';

export type TargetsDraft = Record<TicketType, Record<Priority, Record<ClockField, Duration>>>;

const texts = defineTexts({
  ru: {
    caption: 'Нормативные сроки в рабочем времени календаря плана',
    type: 'Тип',
    priority: 'Приоритет',
  },
  en: {
    caption: 'Targets in working time of the plan’s calendar',
    type: 'Type',
    priority: 'Priority',
  },
});

/** Every target of the plan, editable, each server fault shown in its own cell. */
export function TargetsTable({
  draft,
  onChange,
  errors,
}: {
  draft: TargetsDraft;
  onChange: (type: TicketType, priority: Priority, clock: ClockField, value: Duration) => void;
  errors: FieldErrors;
}) {
  const t = useT(texts);
  const l = useT(labels);
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('type')}</th>
            <th scope="col">{t('priority')}</th>
            {CLOCKS.map((c) => (
              <th key={c} scope="col">
                {l(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TICKET_TYPES.map((type) => (
            <Fragment key={type}>
              {PRIORITIES.map((priority, i) => (
                <tr key={priority}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={PRIORITIES.length}>
                      {l(type)}
                    </th>
                  ) : null}
                  <th scope="row">{l(priority)}</th>
                  {CLOCKS.map((clock) => {
                    const error = errorAt(errors, `$.targets.${type}.${priority}.${clock}`);
                    return (
                      <td key={clock} className={error ? 'admin-invalid' : undefined}>
                        <DurationInput
                          label={`${l(clock)}, ${l(type)}, ${l(priority)}`}
                          value={draft[type][priority][clock]}
                          onChange={(v) => onChange(type, priority, clock, v)}
                          error={error}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
