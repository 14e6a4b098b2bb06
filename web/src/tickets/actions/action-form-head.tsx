// What every action form shares: at the top its title, the calm "the ticket changed" notice after a
// 409 and the server's refusal; the reason field of a change (R15); at the bottom send and cancel.
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Notice } from '../../ui/ui.tsx';
import type { Ticket } from '../types.ts';
import { actionTexts } from './action-texts.ts';
import type { TicketActionState } from './use-ticket-action.ts';

/** What the composer hands every form that is not a message: the ticket, Cancel, and the result. */
export interface ActionFormProps {
  ticket: Ticket;
  onCancel: () => void;
  onDone: (result: Ticket) => void;
}

/** The form's h2 (with `${id}-title` for aria-labelledby), the conflict notice and the error. */
export function ActionFormHead({
  id,
  title,
  state,
}: {
  id: string;
  title: string;
  state: Pick<TicketActionState, 'conflict' | 'error'>;
}) {
  const t = useT(actionTexts);
  return (
    <>
      <h2 id={`${id}-title`}>{title}</h2>
      {state.conflict ? (
        <Notice kind="warning">{t(state.conflict === 'version' ? 'conflict' : 'conflictOther')}</Notice>
      ) : null}
      <ErrorBox error={state.error} />
    </>
  );
}

/** The required reason of a change, kept to the server's 2,000 characters. */
export function ReasonField({ value, onChange }: { value: string; onChange: (reason: string) => void }) {
  const t = useT(actionTexts);
  return (
    <Field label={t('reason')}>
      {(p) => (
        <textarea
          {...p}
          required
          rows={3}
          maxLength={2000}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** Send (disabled until `ready`, «Отправляем…» while pending), any extra buttons, then Cancel. */
export function ActionFormButtons({
  pending,
  ready,
  send,
  onCancel,
  children,
}: {
  pending: boolean;
  ready: boolean;
  send: string;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const t = useT(actionTexts);
  return (
    <div className="composer-buttons">
      <Button type="submit" disabled={pending || !ready}>
        {pending ? t('sending') : send}
      </Button>
      {children}
      <Button kind="secondary" onClick={onCancel} disabled={pending}>
        {t('cancel')}
      </Button>
    </div>
  );
}
