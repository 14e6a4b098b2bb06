// The ticket's action buttons for the viewer's role and the ticket's status. Actions that need words
// open their form below; taking, accepting and withdrawing run at once (the last two after a "sure?").
// Support's keyboard shortcuts press these buttons.
import { useRef } from 'react';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox, Notice } from '../../ui/ui.tsx';
import type { FollowUp, Ticket } from '../types.ts';
import { actionTexts } from './action-texts.ts';
import { type ActionId, availableActions, FORM_ACTIONS } from './available-actions.ts';
import { SHORTCUTS, useShortcuts } from './shortcuts.ts';
import { useTicketAction } from './use-ticket-action.ts';

const PRIMARY: ReadonlySet<ActionId> = new Set(['reply', 'accept', 'take', 'propose', 'follow_up']);

/** Buttons for every action the user may take now; `open` is the action whose form is shown. */
export function ActionBar({
  ticket,
  user,
  open,
  onOpen,
  onDone,
  composerId,
}: {
  ticket: Ticket;
  user: Pick<User, 'id' | 'role'>;
  open: ActionId | null;
  onOpen: (action: ActionId | null) => void;
  onDone: (result: Ticket | FollowUp) => void;
  composerId: string;
}) {
  const t = useT(actionTexts);
  const state = useTicketAction(ticket);
  const confirming = open === 'accept' || open === 'withdraw' ? open : null;
  const setConfirming = (action: 'accept' | 'withdraw' | null) => onOpen(action);
  const actions = availableActions(ticket, user);
  const support = user.role !== 'customer';
  const bar = useRef<HTMLFieldSetElement>(null);

  async function runNow(action: ActionId) {
    const request: Record<string, [string, object]> = {
      take: ['assign', { assigneeId: user.id }],
      unassign: ['assign', { assigneeId: null }],
      accept: ['accept', {}],
      withdraw: ['withdraw', {}],
    };
    const [path, body] = request[action] ?? [];
    if (!path || !body) return;
    const outcome = await state.run(path, body);
    if (outcome.ok) onDone(outcome.result);
    else if (confirming) setConfirming(null);
  }

  // «No» takes the question away: the focus goes back to the button that asked it.
  function decline(action: 'accept' | 'withdraw') {
    setConfirming(null);
    bar.current?.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus();
  }

  function press(action: ActionId) {
    state.reset();
    if (FORM_ACTIONS.has(action)) onOpen(open === action ? null : action);
    else if (action === 'accept' || action === 'withdraw') setConfirming(action);
    else void runNow(action);
  }
  // A shortcut presses its button: the same request or form as a click, and nothing while one runs.
  useShortcuts(support, actions, {
    onAction: (action) => {
      if (!state.pending) press(action);
    },
  });

  return (
    <fieldset className="action-bar" ref={bar}>
      <legend className="visually-hidden">{t('bar')}</legend>
      {state.conflict ? <Notice kind="warning">{t('conflictOther')}</Notice> : null}
      <ErrorBox error={state.error} />
      {confirming ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-label={t(confirming === 'accept' ? 'confirmAccept' : 'confirmWithdraw')}
        >
          <p>{t(confirming === 'accept' ? 'confirmAccept' : 'confirmWithdraw')}</p>
          <Button
            kind={confirming === 'withdraw' ? 'danger' : 'primary'}
            onClick={() => void runNow(confirming)}
            autoFocus
          >
            {t('yes')}
          </Button>{' '}
          <Button kind="secondary" onClick={() => decline(confirming)}>
            {t('no')}
          </Button>
        </div>
      ) : null}
      <div className="action-buttons">
        {actions.map((action) => {
          const key = support ? SHORTCUTS.find((s) => s.action === action)?.key : undefined;
          const form = FORM_ACTIONS.has(action);
          return (
            <Button
              key={action}
              kind={PRIMARY.has(action) ? 'primary' : 'secondary'}
              disabled={state.pending}
              onClick={() => press(action)}
              data-action={action}
              {...(form ? { 'aria-expanded': open === action, 'aria-controls': composerId } : {})}
              {...(key
                ? {
                    'aria-keyshortcuts': key,
                    'data-shortcut': key,
                    'aria-label': t(`do.${action}`),
                    title: `${t(`do.${action}`)} (${key})`,
                  }
                : {})}
            >
              {t(`do.${action}`)}
            </Button>
          );
        })}
      </div>
    </fieldset>
  );
}
