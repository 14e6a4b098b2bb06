// Support merges a duplicate into another ticket of the same organization: this one closes, the
// customer is told where the work goes on.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/ui.tsx';
import { reloadTicket } from '../ticket-api.ts';
import { ActionFormButtons, ActionFormHead, type ActionFormProps } from './action-form-head.tsx';
import { actionTexts } from './action-texts.ts';
import { parseTicketNumber } from './problem-link-form.tsx';
import { useTicketAction } from './use-ticket-action.ts';

/** The body of POST …/merge: the target's number and, when written, the comment for the customer. */
export function mergeRequest(into: number, comment: string): { into: number; comment?: string } {
  const said = comment.trim();
  return said ? { into, comment: said } : { into };
}

/** The form: the number of the ticket to merge into, an optional comment, Merge. */
export function MergeForm({ ticket, onCancel, onDone }: ActionFormProps) {
  const t = useT(actionTexts);
  const id = useId();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [comment, setComment] = useState('');
  const state = useTicketAction(ticket);
  const number = parseTicketNumber(text);
  // The button stays disabled on the ticket's own number: the field says why.
  const self = number === ticket.number;
  const numberRef = useRef<HTMLInputElement>(null);
  // Opened by a click or a key: the number is what to type first.
  useEffect(() => numberRef.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (number === null) return;
    const outcome = await state.run('merge', mergeRequest(number, comment));
    if (!outcome.ok || 'followUp' in outcome.result) return;
    // The ticket merged into gained an event: a cached copy of it is stale.
    await reloadTicket(client, number).catch(() => undefined);
    onDone(outcome.result);
  }

  return (
    <form className="card composer" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <ActionFormHead id={id} title={t('do.merge')} state={state} />
      <p className="muted">{t('hint.merge')}</p>
      <Field label={t('mergeNumber')} hint={t('mergeHint')} error={self ? t('mergeSelf') : null}>
        {(p) => (
          <input
            {...p}
            ref={numberRef}
            required
            inputMode="numeric"
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('text.merge')}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        )}
      </Field>
      <ActionFormButtons
        pending={state.pending}
        ready={number !== null && !self}
        send={t('send.merge')}
        onCancel={onCancel}
      />
    </form>
  );
}
