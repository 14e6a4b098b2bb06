// The plan form: name, calendar, auto-close and warning settings, and the targets table; saved by
// PUT /api/plans/{id}, with the server's faults shown at the fields and cells they concern.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Notice } from '../../../ui/ui.tsx';
import { keys, type Plan } from '../admin-api.ts';
import { errorAt, fieldErrorsOf } from '../field-errors.ts';
import { useCalendars } from '../queries.ts';
import { bodyOf, draftOf, type PlanDraft } from './plan-draft.ts';
import { TargetsTable } from './targets-table.tsx';

const texts = defineTexts({
  ru: {
    id: 'Код плана',
    idHint: 'Латиница в нижнем регистре, цифры, «-» и «_». Потом его не изменить.',
    name: 'Название',
    calendar: 'Календарь',
    autoCloseDays: 'Автозакрытие через, календарных дней (R16)',
    reminderDays: 'Напоминание за, дней до автозакрытия',
    warningPercent: 'Предупреждение при израсходованных, % срока',
    alerts: 'Предупреждать о сроках только в рабочее время',
    targets: 'Сроки по типам и приоритетам',
    save: 'Сохранить план',
    saved: 'План сохранён.',
    settings: 'Общие настройки',
  },
  en: {
    id: 'Plan code',
    idHint: 'Lower-case Latin letters, digits, "-" and "_". It cannot be changed later.',
    name: 'Name',
    calendar: 'Calendar',
    autoCloseDays: 'Auto-close after, calendar days (R16)',
    reminderDays: 'Reminder, days before auto-close',
    warningPercent: 'Warning when this % of the time is used',
    alerts: 'Send deadline alerts in working hours only',
    targets: 'Targets per type and priority',
    save: 'Save plan',
    saved: 'Plan saved.',
    settings: 'General settings',
  },
});

/** Edits a plan (or a new one when `creating`), keeping what was typed when the server refuses it. */
export function PlanEditor({
  plan,
  creating = false,
  onSaved,
}: {
  plan: Plan;
  creating?: boolean;
  onSaved?: (p: Plan) => void;
}) {
  const t = useT(texts);
  const client = useQueryClient();
  const calendars = useCalendars();
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan));
  const save = useMutation({
    mutationFn: () => api.put<Plan>(`/api/plans/${encodeURIComponent(draft.id)}`, bodyOf(draft)),
    onSuccess: async (saved) => {
      client.setQueryData(keys.plan(saved.id), saved);
      await client.invalidateQueries({ queryKey: keys.plans, exact: true });
      onSaved?.(saved);
    },
  });
  const errors = fieldErrorsOf(save.error);
  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const numberField = (key: 'autoCloseDays' | 'autoCloseReminderDays' | 'warningPercent', label: string) => (
    <Field label={label} error={errorAt(errors, `$.${key}`)}>
      {(p) => (
        <input {...p} inputMode="numeric" value={draft[key]} onChange={(e) => set(key, e.target.value)} />
      )}
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate>
      <ErrorBox error={save.error} focus />
      {save.isSuccess ? <Notice kind="success">{t('saved')}</Notice> : null}
      <fieldset>
        <legend>{t('settings')}</legend>
        <div className="grid">
          {creating ? (
            <Field label={t('id')} hint={t('idHint')} error={errorAt(errors, '$.id')}>
              {(p) => (
                <input {...p} className="mono" value={draft.id} onChange={(e) => set('id', e.target.value)} />
              )}
            </Field>
          ) : null}
          <Field label={t('name')} error={errorAt(errors, '$.name')}>
            {(p) => <input {...p} value={draft.name} onChange={(e) => set('name', e.target.value)} />}
          </Field>
          <Field label={t('calendar')} error={errorAt(errors, '$.calendarId')}>
            {(p) => (
              <select {...p} value={draft.calendarId} onChange={(e) => set('calendarId', e.target.value)}>
                {(calendars.data ?? []).some((c) => c.id === draft.calendarId) ? null : (
                  <option value={draft.calendarId}>{draft.calendarId}</option>
                )}
                {(calendars.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {numberField('autoCloseDays', t('autoCloseDays'))}
          {numberField('autoCloseReminderDays', t('reminderDays'))}
          {numberField('warningPercent', t('warningPercent'))}
        </div>
        <label className="admin-actions">
          <input
            type="checkbox"
            checked={draft.alertsInWorkingHoursOnly}
            onChange={(e) => set('alertsInWorkingHoursOnly', e.target.checked)}
          />
          {t('alerts')}
        </label>
      </fieldset>
      <h2>{t('targets')}</h2>
      <TargetsTable
        draft={draft.targets}
        errors={errors}
        onChange={(type, priority, clock, value) =>
          setDraft((d) => ({
            ...d,
            targets: {
              ...d.targets,
              [type]: { ...d.targets[type], [priority]: { ...d.targets[type][priority], [clock]: value } },
            },
          }))
        }
      />
      <div className="admin-actions">
        <Button type="submit" disabled={save.isPending || !draft.id}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
