// The ticket's conversation, oldest first, with inline buttons where the customer is asked something.
import { useT } from '../../i18n/i18n.tsx';
import type { ActionId } from '../actions/available-actions.ts';
import type { Ticket } from '../types.ts';
import { ConversationEntry } from './conversation-entry.tsx';
import { conversationTexts } from './conversation-texts.ts';
import { useEventWords } from './event-words.ts';

function lastSeq(ticket: Ticket, ...types: string[]): number | undefined {
  return ticket.conversation.filter((e) => types.includes(e.type)).at(-1)?.seq;
}

/** Every entry the viewer may read; `available` decides the inline Reply / Accept / Reject / Dispute. */
export function Conversation({
  ticket,
  available,
  customer,
  onAction,
}: {
  ticket: Ticket;
  available: readonly ActionId[];
  /** The viewer is the customer's representative: the inline Reply is theirs. */
  customer: boolean;
  onAction: (action: ActionId) => void;
}) {
  const t = useT(conversationTexts);
  const zone = ticket.sla.calendar.timeZone;
  const describe = useEventWords(zone);
  const request = ticket.status === 'waiting_customer' ? lastSeq(ticket, 'info_requested') : undefined;
  const proposal = ticket.status === 'solution_proposed' ? lastSeq(ticket, 'solution_proposed') : undefined;
  const change = lastSeq(ticket, 'parameters_changed', 'deadline_set');
  const inline = (seq: number): ActionId[] => {
    const out: ActionId[] = [];
    if (seq === request && customer && available.includes('reply')) out.push('reply');
    if (seq === proposal && available.includes('accept')) out.push('accept', 'reject');
    if (seq === change && available.includes('dispute')) out.push('dispute');
    return out;
  };
  if (ticket.conversation.length === 0) return <p>{t('empty')}</p>;
  return (
    <ol className="conversation">
      {ticket.conversation.map((e) => (
        <ConversationEntry
          key={e.seq}
          event={e}
          words={describe(e, { pending: e.seq === proposal })}
          zone={zone}
          actions={inline(e.seq)}
          onAction={onAction}
        />
      ))}
    </ol>
  );
}
