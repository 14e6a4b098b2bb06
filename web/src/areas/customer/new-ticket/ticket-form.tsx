// The new-ticket form: type (R3), priority, product and build, subject, description, files (R13).
// It only shows and edits the draft: the page keeps it, so nothing typed is lost on a refusal.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { FilePicker } from '../../../ui/file-picker.tsx';
import { Button, ErrorBox, Field } from '../../../ui/ui.tsx';
import { checkDraft, type Draft, type DraftProblem, LIMITS } from './draft.ts';
import { PriorityChoice } from './priority-choice.tsx';
import { ProductFields } from './product-fields.tsx';
import { TypeChoice } from './type-choice.tsx';

const texts = defineTexts({
  ru: {
    files: 'Файлы',
    filesHint:
      'Сценарий и данные, воспроизводящие ситуацию, снимки экрана, журналы. Файлы загрузятся сразу после регистрации обращения.',
    subject: 'Тема',
    subjectHint: 'Коротко: что случилось или что нужно.',
    description: 'Описание',
    descriptionHint: 'Что вы делали, что ожидали и что произошло; как воспроизвести ситуацию.',
    submit: 'Зарегистрировать обращение',
    sending: 'Регистрируем…',
    typeRequired: 'Выберите тип обращения',
    subjectRequired: 'Напишите тему обращения',
    subjectTooLong: 'Тема длиннее {max} символов',
    descriptionRequired: 'Опишите ситуацию',
    descriptionTooLong: 'Описание длиннее {max} символов',
    productTooLong: 'Название продукта длиннее {max} символов',
    buildTooLong: 'Номер сборки длиннее {max} символов',
  },
  en: {
    files: 'Files',
    filesHint:
      'A scenario and data that reproduce the situation, screenshots, logs. They are uploaded right after the ticket is registered.',
    subject: 'Subject',
    subjectHint: 'In short: what happened or what you need.',
    description: 'Description',
    descriptionHint: 'What you did, what you expected and what happened; how to reproduce it.',
    submit: 'Register the ticket',
    sending: 'Registering…',
    typeRequired: 'Choose the ticket type',
    subjectRequired: 'Write the subject',
    subjectTooLong: 'The subject is longer than {max} characters',
    descriptionRequired: 'Describe the situation',
    descriptionTooLong: 'The description is longer than {max} characters',
    productTooLong: 'The product name is longer than {max} characters',
    buildTooLong: 'The build is longer than {max} characters',
  },
});

const MAX: Record<DraftProblem, number> = {
  typeRequired: 0,
  subjectRequired: 0,
  subjectTooLong: LIMITS.subject,
  descriptionRequired: 0,
  descriptionTooLong: LIMITS.description,
  productTooLong: LIMITS.product,
  buildTooLong: LIMITS.build,
};

/** Shows the form; `onSubmit` is called only with a draft that passes the checks. */
export function TicketForm({
  draft,
  onDraft,
  files,
  onFiles,
  onSubmit,
  sending,
  error,
}: {
  draft: Draft;
  onDraft: (next: Draft) => void;
  files: File[];
  onFiles: (files: File[]) => void;
  onSubmit: () => void;
  sending: boolean;
  error: unknown;
}) {
  const t = useT(texts);
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [checked, setChecked] = useState(0);
  const problems = checked ? checkDraft(draft) : {};
  const say = (p: DraftProblem | undefined) => (p ? t(p, { max: MAX[p] }) : undefined);
  const set = (patch: Partial<Draft>) => onDraft({ ...draft, ...patch });

  // After a refused submission, the first invalid field (or the server's message) comes into view.
  useEffect(() => {
    if (!checked) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [checked]);
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView?.({ block: 'center' });
  }, [error]);

  function submit(e: FormEvent) {
    e.preventDefault();
    setChecked((n) => n + 1);
    if (Object.keys(checkDraft(draft)).length === 0) onSubmit();
  }

  return (
    <form ref={formRef} className="ticket-form" onSubmit={submit} noValidate>
      <TypeChoice value={draft.type} onChange={(type) => set({ type })} error={say(problems.type)} />
      <PriorityChoice value={draft.priority} onChange={(priority) => set({ priority })} />
      <ProductFields
        product={draft.product}
        build={draft.build}
        onChange={set}
        errors={{ product: say(problems.product), build: say(problems.build) }}
      />
      <Field label={t('subject')} hint={t('subjectHint')} error={say(problems.subject)}>
        {(props) => (
          <input
            {...props}
            required
            maxLength={LIMITS.subject}
            value={draft.subject}
            onChange={(e) => set({ subject: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('description')} hint={t('descriptionHint')} error={say(problems.description)}>
        {(props) => (
          <textarea
            {...props}
            required
            rows={8}
            maxLength={LIMITS.description}
            value={draft.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
      <FilePicker files={files} onChange={onFiles} label={t('files')} hint={t('filesHint')} />
      <div ref={errorRef}>
        <ErrorBox error={error} />
      </div>
      <Button type="submit" disabled={sending}>
        {sending ? t('sending') : t('submit')}
      </Button>
    </form>
  );
}
