// The top of every action form: its title, the calm "the ticket changed" notice after a 409, and
// the server's refusal.
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox, Notice } from '../../ui/ui.tsx';
import { actionTexts } from './action-texts.ts';
import type { TicketActionState } from './use-ticket-action.ts';

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
