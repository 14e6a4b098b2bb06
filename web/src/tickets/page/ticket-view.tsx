// The ticket page's layout: title and notices, the action bar with the open form, the conversation or
// history, and beside them the parameters, attachments and SLA panel.
import { useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import type { User } from '../../api/types.ts';
import { formatDate, formatInstant } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { Badge, Button, Notice, Page } from '../../ui/ui.tsx';
import { ActionBar } from '../actions/action-bar.tsx';
import { actionTexts } from '../actions/action-texts.ts';
import { type ActionId, availableActions, FORM_ACTIONS } from '../actions/available-actions.ts';
import { Composer } from '../actions/composer.tsx';
import { ShortcutHelp } from '../actions/shortcut-help.tsx';
import { useShortcuts } from '../actions/shortcuts.ts';
import { Conversation } from '../conversation/conversation.tsx';
import { entryId } from '../conversation/conversation-entry.tsx';
import { History } from '../conversation/history.tsx';
import { type LabelKey, labels, statusTone } from '../labels.ts';
import { SlaPanel } from '../sla-panel.tsx';
import type { FollowUp, Ticket } from '../types.ts';
import { AttachmentsCard } from './attachments-card.tsx';
import { FixedInBuilds } from './fixed-in-builds.tsx';
import { pageTexts } from './page-texts.ts';
import { Tabs } from './tabs.tsx';
import { TicketFacts } from './ticket-facts.tsx';
import '../tickets.css';

/** Everything about one ticket for `user`. */
export function TicketView({ ticket, user }: { ticket: Ticket; user: User }) {
  const { lang } = useLang();
  const t = useT(pageTexts);
  const ta = useT(actionTexts);
  const l = useT(labels);
  const composerId = useId();
  const support = user.role !== 'customer';
  const available = availableActions(ticket, user);
  // undefined: the default (a customer asked for something sees the reply box at once); null: closed.
  const [open, setOpen] = useState<ActionId | null | undefined>(undefined);
  const [tab, setTab] = useState<'conversation' | 'history'>('conversation');
  const [help, setHelp] = useState(false);
  const [followUp, setFollowUp] = useState<number | null>(null);
  const asked = !support && ticket.status === 'waiting_customer' && available.includes('reply');
  const shown = open === undefined ? (asked ? 'reply' : null) : open;
  const zone = ticket.sla.calendar.timeZone;
  const request = ticket.conversation.filter((e) => e.type === 'info_requested').at(-1);

  const openAction = (a: ActionId | null) => {
    setTab('conversation');
    setOpen(a);
    if (a && FORM_ACTIONS.has(a))
      requestAnimationFrame(() =>
        document.getElementById(composerId)?.scrollIntoView?.({ block: 'nearest' }),
      );
  };
  const mergedLinkId = `${composerId}-merged`;
  const followUpLinkId = `${composerId}-follow-up`;
  // An action takes away the form or button that had the focus: the focus goes to what it did (its
  // newest entry in the conversation, the follow-up's link, the merge's way on), not to the page's top.
  const [focusTo, setFocusTo] = useState<{ id: string; version: number } | null>(null);
  const done = (result: Ticket | FollowUp) => {
    setOpen(null);
    setTab('conversation');
    if ('followUp' in result) {
      setFollowUp(result.followUp.number);
      setFocusTo({ id: followUpLinkId, version: 0 });
      return;
    }
    setFollowUp(null);
    const newest = result.conversation.at(-1);
    const id = result.mergedInto ? mergedLinkId : newest ? entryId(newest.seq) : null;
    setFocusTo(id ? { id, version: result.version } : null);
  };
  // The target is there once the page shows the ticket the action returned.
  useEffect(() => {
    if (!focusTo || ticket.version < focusTo.version) return;
    document.getElementById(focusTo.id)?.focus();
    setFocusTo(null);
  }, [focusTo, ticket.version]);
  // Cancel and Esc close the form keeping its draft; the focus goes back to the button that opened it.
  const closeForm = () => {
    const opener = document.querySelector<HTMLElement>(
      `[aria-controls="${composerId}"][aria-expanded="true"]`,
    );
    setOpen(null);
    opener?.focus();
  };
  // Esc closes the shortcut list first, then the open form. The action keys live in the action bar.
  useShortcuts(true, available, {
    ...(support ? { onHelp: () => setHelp((v) => !v) } : {}),
    onEscape: () => {
      if (help) return setHelp(false);
      if (shown) closeForm();
    },
  });

  return (
    <Page
      title={t('title', { n: ticket.number, subject: ticket.subject })}
      actions={<Badge tone={statusTone(ticket.status)}>{l(`status.${ticket.status}`)}</Badge>}
    >
      {ticket.newerBuild ? (
        <Notice kind="info">
          {ticket.newerBuild.message ||
            t('newerBuild', {
              version: ticket.newerBuild.version,
              date: formatDate(ticket.newerBuild.releasedOn, lang),
            })}
        </Notice>
      ) : null}
      {followUp !== null ? (
        <Notice kind="success">
          {ta('followUpDone', { n: followUp })}{' '}
          <Link id={followUpLinkId} href={`/tickets/${followUp}`}>
            {ta('openFollowUp', { n: followUp })}
          </Link>
        </Notice>
      ) : null}
      {ticket.mergedInto ? (
        <Notice kind="info">
          {t('mergedNotice', { n: ticket.mergedInto })}{' '}
          <Link id={mergedLinkId} href={`/tickets/${ticket.mergedInto}`}>
            {t('openMerged', { n: ticket.mergedInto })}
          </Link>
        </Notice>
      ) : null}
      {ticket.dispute ? (
        <div className="alert alert-warning dispute-banner">
          <p>{t('disputeOpen', { when: formatInstant(ticket.dispute.at, lang, { zone }) })}</p>
          <blockquote className="msg-text">{ticket.dispute.text}</blockquote>
        </div>
      ) : null}
      {asked && request?.kind ? (
        <Notice kind="warning">
          {ta('pendingRequest', { kind: l(`request.${request.kind}` as LabelKey) })}
        </Notice>
      ) : null}
      {!support && ticket.status === 'solution_proposed' && ticket.deadlines.autoClose ? (
        <Notice kind="warning">
          {ta('pendingSolution', { when: formatInstant(ticket.deadlines.autoClose, lang, { zone }) })}
        </Notice>
      ) : null}
      <div className="two-columns ticket-layout">
        <div className="ticket-main">
          <ActionBar
            ticket={ticket}
            user={user}
            open={shown}
            onOpen={openAction}
            onDone={done}
            composerId={composerId}
          />
          {support ? (
            <p className="muted shortcuts-hint">
              {ta('shortcutsHint')}{' '}
              <Button kind="link" onClick={() => setHelp((v) => !v)} aria-expanded={help}>
                {ta('shortcuts')}
              </Button>
            </p>
          ) : null}
          {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
          {shown && FORM_ACTIONS.has(shown) ? (
            <Composer
              ticket={ticket}
              user={user}
              action={shown}
              id={composerId}
              onClose={closeForm}
              onDone={done}
              autoFocus={open !== undefined}
            />
          ) : null}
          <Tabs
            value={tab}
            onChange={setTab}
            conversation={
              <Conversation ticket={ticket} available={available} customer={!support} onAction={openAction} />
            }
            history={<History number={ticket.number} zone={zone} />}
          />
        </div>
        <aside className="ticket-side" aria-label={t('facts')}>
          <TicketFacts ticket={ticket} />
          <FixedInBuilds ticket={ticket} user={user} />
          <SlaPanel sla={ticket.sla} />
          <AttachmentsCard ticket={ticket} support={support} />
        </aside>
      </div>
    </Page>
  );
}
