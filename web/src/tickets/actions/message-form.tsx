// The form of every action that is a written message: replies, notes, requests (R13), proposals
// (R18), rejections, disputes and their answers (R15). Files are uploaded first, with progress.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox, Field, Notice } from '../../ui/ui.tsx';
import { TicketFilePicker, useFileUpload } from '../file-upload.tsx';
import { labels } from '../labels.ts';
import { type FollowUp, REQUEST_KINDS, SOLUTION_KINDS, type Ticket } from '../types.ts';
import { ActionFormButtons } from './action-form-head.tsx';
import { actionTexts } from './action-texts.ts';
import { useDraft } from './use-draft.ts';
import { useTicketAction } from './use-ticket-action.ts';

export type MessageAction =
  | 'reply'
  | 'follow_up'
  | 'reject'
  | 'dispute'
  | 'note'
  | 'answer_dispute'
  | 'request_info'
  | 'propose';

interface Config {
  path: string;
  body: (text: string, kind: string) => object;
  kinds?: { label: 'kind' | 'solutionKind'; prefix: 'request' | 'solution'; values: readonly string[] };
  files?: 'public' | 'internal';
  idempotent?: boolean;
}

const CONFIG: Record<MessageAction, Config> = {
  reply: { path: 'replies', body: (text) => ({ text }), files: 'public', idempotent: true },
  follow_up: { path: 'replies', body: (text) => ({ text }), idempotent: true },
  // On a ticket closed meanwhile these register a new one (R17): a retry must not register two.
  reject: { path: 'reject', body: (comment) => ({ comment }), files: 'public', idempotent: true },
  dispute: { path: 'disputes', body: (text) => ({ text }), idempotent: true },
  note: { path: 'notes', body: (text) => ({ text }), files: 'internal' },
  answer_dispute: { path: 'disputes/answer', body: (text) => ({ text }) },
  request_info: {
    path: 'information-requests',
    body: (text, kind) => ({ kind, text }),
    kinds: { label: 'kind', prefix: 'request', values: REQUEST_KINDS },
    files: 'public',
  },
  propose: {
    path: 'solutions',
    body: (text, kind) => ({ kind, text }),
    kinds: { label: 'solutionKind', prefix: 'solution', values: SOLUTION_KINDS },
    files: 'public',
  },
};

function hintOf(action: MessageAction, ticket: Ticket) {
  if (action === 'reply' && ticket.status === 'waiting_customer') return 'hint.reply.waiting' as const;
  if (action === 'reply' && ticket.status === 'solution_proposed') return 'hint.reply.proposed' as const;
  if (action === 'follow_up' || action === 'reject' || action === 'dispute') return `hint.${action}` as const;
  if (action === 'request_info' || action === 'propose') return `hint.${action}` as const;
  return undefined;
}

/** A message form for `action` on the ticket; `onDone` gets the server's answer. */
export function MessageForm({
  ticket,
  action,
  onCancel,
  onDone,
  autoFocus = true,
}: {
  ticket: Ticket;
  action: MessageAction;
  /** Whether the text box takes the focus when the form appears (not when it is open by default). */
  autoFocus?: boolean;
  onCancel: () => void;
  onDone: (result: Ticket | FollowUp) => void;
}) {
  const t = useT(actionTexts);
  const l = useT(labels);
  const config = CONFIG[action];
  const [draft, update, discard] = useDraft(`srok.draft.${ticket.number}.${action}`, {
    text: '',
    kind: config.kinds?.values[0] ?? '',
    key: '',
  });
  const files = useFileUpload(ticket.number);
  const [uploaded, setUploaded] = useState(false);
  const state = useTicketAction(ticket);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form appears
  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, []);
  useEffect(() => {
    if (state.conflict) textRef.current?.focus();
  }, [state.conflict]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (files.files.length > 0 && config.files) {
      if (!(await files.upload(config.files === 'internal'))) return;
      setUploaded(true);
    }
    // One key per message, kept until the server accepts it: a retry never posts twice.
    const key = config.idempotent ? draft.key || crypto.randomUUID() : undefined;
    if (key && key !== draft.key) update({ key });
    const outcome = await state.run(config.path, config.body(draft.text, draft.kind), key);
    if (outcome.ok) {
      discard();
      onDone(outcome.result);
    }
  }

  const hint = hintOf(action, ticket);
  const busy = state.pending || files.progress !== null;
  return (
    <form
      className={`card composer composer-${action}`}
      onSubmit={submit}
      aria-labelledby={`${formId}-title`}
    >
      <h2 id={`${formId}-title`}>{t(`do.${action}`)}</h2>
      {state.conflict === 'version' ? <Notice kind="warning">{t('conflict')}</Notice> : null}
      {state.conflict === 'other' ? <Notice kind="warning">{t('conflictOther')}</Notice> : null}
      <ErrorBox error={state.error ?? files.error} />
      {uploaded ? <Notice kind="success">{t('filesUploaded')}</Notice> : null}
      {config.kinds ? (
        <Field label={t(config.kinds.label)}>
          {(p) => (
            <select {...p} value={draft.kind} onChange={(e) => update({ kind: e.target.value })}>
              {config.kinds?.values.map((k) => (
                <option key={k} value={k}>
                  {l(`${config.kinds?.prefix}.${k}` as Parameters<typeof l>[0])}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t(`text.${action}`)} {...(hint ? { hint: t(hint) } : {})}>
        {(p) => (
          <textarea
            {...p}
            ref={textRef}
            required
            rows={6}
            maxLength={20_000}
            value={draft.text}
            onChange={(e) => update({ text: e.target.value })}
          />
        )}
      </Field>
      {config.files ? (
        <>
          <TicketFilePicker upload={files} />
          {config.files === 'internal' ? <p className="muted">{t('internalFiles')}</p> : null}
        </>
      ) : null}
      <ActionFormButtons
        pending={busy}
        ready={draft.text.trim() !== ''}
        send={t(`send.${action}`)}
        onCancel={onCancel}
      />
    </form>
  );
}
