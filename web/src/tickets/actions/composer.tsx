// The form of the action the user opened, under the action bar.
import { useEffect, useRef } from 'react';
import type { User } from '../../api/types.ts';
import type { FollowUp, Ticket } from '../types.ts';
import { AssignForm } from './assign-form.tsx';
import type { ActionId } from './available-actions.ts';
import { DeadlineForm } from './deadline-form.tsx';
import { MergeForm } from './merge-form.tsx';
import { type MessageAction, MessageForm } from './message-form.tsx';
import { ParametersForm } from './parameters-form.tsx';
import { ProblemLinkForm } from './problem-link-form.tsx';

const MESSAGE_ACTIONS: ReadonlySet<ActionId> = new Set<MessageAction>([
  'reply',
  'follow_up',
  'reject',
  'dispute',
  'note',
  'answer_dispute',
  'request_info',
  'propose',
]);

/** Shows the form of `action`; the key makes each action's form (and its draft) its own. */
export function Composer({
  ticket,
  user,
  action,
  id,
  onClose,
  onDone,
  autoFocus = true,
}: {
  autoFocus?: boolean;
  ticket: Ticket;
  user: Pick<User, 'id' | 'role'>;
  action: ActionId;
  id: string;
  onClose: () => void;
  onDone: (result: Ticket | FollowUp) => void;
}) {
  const common = { ticket, onCancel: onClose, onDone };
  const box = useRef<HTMLDivElement>(null);
  // The opened form takes the focus at its first field, so what is typed next goes into it rather
  // than to the page's shortcut keys (message forms focus their text themselves).
  useEffect(() => {
    if (!autoFocus || MESSAGE_ACTIONS.has(action)) return;
    box.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [action, autoFocus]);
  return (
    <div id={id} ref={box}>
      {MESSAGE_ACTIONS.has(action) ? (
        <MessageForm key={action} {...common} action={action as MessageAction} autoFocus={autoFocus} />
      ) : action === 'parameters' ? (
        <ParametersForm {...common} mayChangePlan={user.role === 'lead' || user.role === 'admin'} />
      ) : action === 'deadline' ? (
        <DeadlineForm {...common} />
      ) : action === 'assign' ? (
        <AssignForm {...common} />
      ) : action === 'link_problem' ? (
        <ProblemLinkForm {...common} />
      ) : action === 'merge' ? (
        <MergeForm {...common} />
      ) : null}
    </div>
  );
}
