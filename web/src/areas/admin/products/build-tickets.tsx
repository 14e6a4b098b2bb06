// The tickets a build resolves (R19): shown as links, edited as a list of numbers.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field } from '../../../ui/ui.tsx';
import type { Build } from '../admin-api.ts';

const texts = defineTexts({
  ru: {
    title: 'Решённые обращения',
    none: 'Обращения не указаны.',
    numbers: 'Номера обращений',
    hint: 'Через запятую или пробел, например 1042, 1057. Список заменяется целиком.',
    bad: 'Не номера: {values}',
    save: 'Сохранить список',
    ticket: 'Обращение SR-{n}',
  },
  en: {
    title: 'Resolved tickets',
    none: 'No tickets listed.',
    numbers: 'Ticket numbers',
    hint: 'Separated by commas or spaces, e.g. 1042, 1057. The whole list is replaced.',
    bad: 'Not numbers: {values}',
    save: 'Save list',
    ticket: 'Ticket SR-{n}',
  },
});

/** Parses «1042, 1057 SR-1060» into numbers; what is not a number is returned apart. */
export function parseTicketNumbers(text: string): { numbers: number[]; bad: string[] } {
  const numbers: number[] = [];
  const bad: string[] = [];
  for (const token of text.split(/[\s,;]+/).filter(Boolean)) {
    const digits = token.replace(/^(SR-|№|#)/i, '');
    if (/^\d{1,9}$/.test(digits) && Number(digits) > 0) {
      if (!numbers.includes(Number(digits))) numbers.push(Number(digits));
    } else bad.push(token);
  }
  return { numbers, bad };
}

/** The linked tickets and the form that replaces them. */
export function BuildTickets({ build, onChanged }: { build: Build; onChanged: (b: Build) => void }) {
  const t = useT(texts);
  const [text, setText] = useState(build.ticketNumbers.join(', '));
  const parsed = parseTicketNumbers(text);
  const save = useMutation({
    mutationFn: () => api.put<Build>(`/api/builds/${build.id}/tickets`, { numbers: parsed.numbers }),
    onSuccess: onChanged,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parsed.bad.length === 0) save.mutate();
  };
  return (
    <div>
      <h4>{t('title')}</h4>
      {build.ticketNumbers.length === 0 ? <p className="muted">{t('none')}</p> : null}
      <ul className="admin-actions" aria-label={t('title')}>
        {build.ticketNumbers.map((n) => (
          <li key={n} className="admin-ticket">
            <Link href={`/tickets/${n}`} aria-label={t('ticket', { n })}>
              SR-{n}
            </Link>
          </li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <ErrorBox error={save.error} />
        <div className="admin-inline">
          <Field
            label={t('numbers')}
            hint={t('hint')}
            error={parsed.bad.length > 0 ? t('bad', { values: parsed.bad.join(', ') }) : null}
          >
            {(p) => <input {...p} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <Button type="submit" kind="secondary" disabled={save.isPending || parsed.bad.length > 0}>
            {t('save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
