// Support links the ticket to the problem ticket it is a case of, or removes the link.
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Button, Field } from '../../ui/ui.tsx';
import { ActionFormButtons, ActionFormHead, type ActionFormProps } from './action-form-head.tsx';
import { actionTexts } from './action-texts.ts';
import { useTicketAction } from './use-ticket-action.ts';

/** «SR-1042», «№ 1042» or «1042» → 1042; anything else → null. */
export function parseTicketNumber(text: string): number | null {
  const m = /^\s*(?:SR-?|№\s*)?(\d{1,12})\s*$/i.exec(text);
  return m ? Number(m[1]) : null;
}

/** The form: the problem's number, Link, and Remove the link when one exists. */
export function ProblemLinkForm({ ticket, onCancel, onDone }: ActionFormProps) {
  const t = useT(actionTexts);
  const id = useId();
  const [text, setText] = useState('');
  const state = useTicketAction(ticket);
  const number = parseTicketNumber(text);

  async function send(problemNumber: number | null) {
    const outcome = await state.run('related-problem', { problemNumber });
    if (outcome.ok && !('followUp' in outcome.result)) onDone(outcome.result);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (number !== null) void send(number);
  }

  return (
    <form className="card composer" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <ActionFormHead id={id} title={t('do.link_problem')} state={state} />
      <Field label={t('problemNumber')} hint={t('problemHint')}>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <ActionFormButtons
        pending={state.pending}
        ready={number !== null}
        send={t('send.link_problem')}
        onCancel={onCancel}
      >
        {ticket.relatedProblem ? (
          <Button kind="secondary" onClick={() => void send(null)} disabled={state.pending}>
            {t('unlinkProblem')}
          </Button>
        ) : null}
      </ActionFormButtons>
    </form>
  );
}
