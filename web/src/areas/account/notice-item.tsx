// One notice in the list: what happened, when, the ticket it concerns, and "mark read" while unread.
import { Link } from 'wouter';
import { formatInstant } from '../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../i18n/i18n.tsx';
import { Badge, Button } from '../../ui/ui.tsx';
import { noticeWordOf, noticeWords } from './notice-words.ts';
import type { PortalNotice } from './notifications-api.ts';

const texts = defineTexts({
  ru: {
    open: 'Открыть',
    unread: 'Новое',
    ticket: 'Обращение SR-{n}',
    markRead: 'Отметить прочитанным',
    marking: 'Отмечаем…',
  },
  en: {
    open: 'Open',
    unread: 'New',
    ticket: 'Ticket SR-{n}',
    markRead: 'Mark as read',
    marking: 'Marking…',
  },
});

/** A notice row; following its ticket link also marks it read. */
export function NoticeItem({
  notice,
  onRead,
  busy,
}: {
  notice: PortalNotice;
  onRead: (id: number) => void;
  busy: boolean;
}) {
  const t = useT(texts);
  const words = useT(noticeWords);
  const { lang } = useLang();
  const unread = notice.readAt === null;
  const title = notice.title || words(noticeWordOf(notice.kind));
  const link = notice.link ?? (notice.ticketNumber !== null ? `/tickets/${notice.ticketNumber}` : null);
  // A notice about several tickets (a build's fixes) links each of them.
  const numbers = link ? [] : notice.ticketNumbers;
  return (
    <li className={`notice-item${unread ? ' unread' : ''}`}>
      <div className="notice-body">
        <p className="notice-title">
          {unread ? (
            <>
              <Badge tone="info">{t('unread')}</Badge>{' '}
            </>
          ) : null}
          {title}
        </p>
        <p className="muted">
          <time dateTime={notice.createdAt}>{formatInstant(notice.createdAt, lang)}</time>
          {link ? (
            <>
              {' · '}
              <Link
                href={link}
                onClick={() => {
                  if (unread) onRead(notice.id);
                }}
              >
                {notice.ticketNumber !== null ? t('ticket', { n: notice.ticketNumber }) : t('open')}
              </Link>
            </>
          ) : null}
          {numbers.map((n, i) => (
            <span key={n}>
              {i === 0 ? ' · ' : ', '}
              <Link
                href={`/tickets/${n}`}
                onClick={() => {
                  if (unread) onRead(notice.id);
                }}
              >
                {t('ticket', { n })}
              </Link>
            </span>
          ))}
        </p>
      </div>
      {unread ? (
        <Button kind="secondary" onClick={() => onRead(notice.id)} disabled={busy}>
          {busy ? t('marking') : t('markRead')}
        </Button>
      ) : null}
    </li>
  );
}
