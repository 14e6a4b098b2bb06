// Creates or replaces a calendar from its JSON (PUT /api/calendars/{id}); every fault the server
// finds is listed with its place in the JSON, and the text typed stays as it was.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Notice } from '../../../ui/ui.tsx';
import { type Calendar, keys } from '../admin-api.ts';
import { fieldErrorsOf } from '../field-errors.ts';

const texts = defineTexts({
  ru: {
    id: 'Код календаря',
    idHint: 'Латиница в нижнем регистре, цифры, «-» и «_», например ru-2027.',
    name: 'Название',
    json: 'Календарь в JSON',
    jsonHint:
      'timeZone (например Europe/Moscow), week — интервалы по дням недели ("24:00" — конец суток), exceptions — даты с часами ([] — выходной) и видом holiday, transfer, short или working.',
    save: 'Сохранить календарь',
    saved: 'Календарь «{name}» сохранён.',
    badJson: 'Это не JSON: {message}',
    faults: 'Что исправить',
  },
  en: {
    id: 'Calendar code',
    idHint: 'Lower-case Latin letters, digits, "-" and "_", e.g. ru-2027.',
    name: 'Name',
    json: 'Calendar JSON',
    jsonHint:
      'timeZone (e.g. Europe/Moscow), week: intervals per weekday ("24:00" ends the day), exceptions: dates with hours ([] is a day off) and a kind of holiday, transfer, short or working.',
    save: 'Save calendar',
    saved: 'Calendar “{name}” saved.',
    badJson: 'This is not JSON: {message}',
    faults: 'What to fix',
  },
});

export const CALENDAR_TEMPLATE = `{
  "timeZone": "Europe/Moscow",
  "week": {
    "mon": [["09:00", "17:00"]],
    "tue": [["09:00", "17:00"]],
    "wed": [["09:00", "17:00"]],
    "thu": [["09:00", "17:00"]],
    "fri": [["09:00", "17:00"]]
  },
  "exceptions": []
}`;

/** The JSON form; `fixedId` edits that calendar, otherwise the code is typed. */
export function CalendarJsonForm({
  fixedId,
  initialName = '',
  initialJson = CALENDAR_TEMPLATE,
}: {
  fixedId?: string;
  initialName?: string;
  initialJson?: string;
}) {
  const t = useT(texts);
  const client = useQueryClient();
  const [id, setId] = useState(fixedId ?? '');
  const [name, setName] = useState(initialName);
  const [json, setJson] = useState(initialJson);
  const [parseError, setParseError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (definition: unknown) =>
      api.put<Calendar>(`/api/calendars/${encodeURIComponent(id)}`, {
        ...(name.trim() ? { name } : {}),
        definition,
      }),
    onSuccess: async (row) => {
      client.setQueryData(keys.calendar(row.id), row);
      await client.invalidateQueries({ queryKey: keys.calendars });
    },
  });
  const faults = Object.entries(fieldErrorsOf(save.error));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParseError(null);
    try {
      save.mutate(JSON.parse(json));
    } catch (err) {
      setParseError(t('badJson', { message: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <form onSubmit={submit}>
      <ErrorBox error={save.error} />
      {save.isSuccess ? <Notice kind="success">{t('saved', { name: save.data.name })}</Notice> : null}
      {faults.length > 0 ? (
        <>
          <h3>{t('faults')}</h3>
          <ul className="admin-errors">
            {faults.map(([path, message]) => (
              <li key={path}>
                <span className="mono">{path.replace(/^\$\.definition/, '$')}</span> — {message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="grid">
        {fixedId ? null : (
          <Field label={t('id')} hint={t('idHint')}>
            {(p) => (
              <input {...p} className="mono" required value={id} onChange={(e) => setId(e.target.value)} />
            )}
          </Field>
        )}
        <Field label={t('name')}>
          {(p) => <input {...p} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('json')} hint={t('jsonHint')} error={parseError}>
        {(p) => (
          <textarea
            {...p}
            className="admin-json"
            spellCheck={false}
            value={json}
            onChange={(e) => setJson(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" disabled={save.isPending || !id}>
        {t('save')}
      </Button>
    </form>
  );
}
