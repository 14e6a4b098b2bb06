// One entry of the conversation: a message (from the customer or support), a request or proposal with
// its kind highlighted, an internal note set apart, or a one-line event.
import { formatInstant } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { Badge, Button } from '../../ui/ui.tsx';
import type { ActionId } from '../actions/available-actions.ts';
import { type LabelKey, labels } from '../labels.ts';
import type { TicketEvent } from '../types.ts';
import { conversationTexts } from './conversation-texts.ts';
import type { EventWords } from './event-words.ts';

const MESSAGES = new Set([
  'filed',
  'public_reply',
  'internal_note',
  'info_requested',
  'customer_replied',
  'solution_proposed',
  'solution_rejected',
  'parameters_changed',
  'deadline_set',
  'dispute_opened',
  'dispute_answered',
]);

/** The element id of the entry with `seq`: the page moves the focus there after an action adds it. */
export function entryId(seq: number): string {
  return `entry-${seq}`;
}

/** Which inline buttons an entry offers (only the latest request or proposal has them). */
export type EntryActions = readonly ActionId[];

/** One conversation entry; `actions` are the buttons it offers, run through `onAction`. */
export function ConversationEntry({
  event,
  words,
  zone,
  actions,
  onAction,
}: {
  event: TicketEvent;
  words: EventWords;
  zone: string;
  actions: EntryActions;
  onAction: (action: ActionId) => void;
}) {
  const { lang } = useLang();
  const t = useT(conversationTexts);
  const l = useT(labels);
  const when = formatInstant(event.at, lang, { zone });
  const who = event.actor.role === 'system' ? t('system') : (event.actor.name ?? t('someone'));
  // An event that carries words (the comment of a merge) is read as a message, not a one-liner.
  if (!MESSAGES.has(event.type) && !event.text) {
    return (
      <li className="event-line" id={entryId(event.seq)} tabIndex={-1}>
        <span>{words.title}</span> <span className="muted">· {who} · </span>
        <time className="muted" dateTime={event.at}>
          {when}
        </time>
      </li>
    );
  }
  const side = event.actor.role === 'customer' ? 'customer' : 'support';
  const headingId = `event-${event.seq}`;
  return (
    <li
      id={entryId(event.seq)}
      tabIndex={-1}
      className={`msg msg-${side} msg-${event.type.replaceAll('_', '-')}${event.kind ? ` msg-kind-${event.kind}` : ''}`}
    >
      <article aria-labelledby={headingId}>
        <header className="msg-head">
          <h3 id={headingId} className="msg-title">
            {words.title}
          </h3>
          {event.type === 'internal_note' ? <Badge tone="warn">{t('noteBadge')}</Badge> : null}
        </header>
        <p className="msg-meta muted">
          {who} · {l(`role.${event.actor.role}` as LabelKey)} · <time dateTime={event.at}>{when}</time>
        </p>
        {event.type === 'filed' && event.subject ? <p className="msg-subject">{event.subject}</p> : null}
        {event.text ? <div className="msg-text">{event.text}</div> : null}
        {words.details.length > 0 ? (
          <ul className="msg-details">
            {words.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : null}
        {actions.length > 0 ? (
          <div className="msg-actions">
            {actions.map((a) => (
              <Button
                key={a}
                kind={a === 'accept' || a === 'reply' ? 'primary' : 'secondary'}
                onClick={() => onAction(a)}
              >
                {a === 'reply'
                  ? t('replyHere')
                  : a === 'accept'
                    ? t('accept')
                    : a === 'reject'
                      ? t('reject')
                      : t('dispute')}
              </Button>
            ))}
          </div>
        ) : null}
      </article>
    </li>
  );
}
