// One notice in the list: what happened, when, the ticket it concerns, and "mark read" while unread.
import { Link } from 'wouter';
import { formatInstant } from '../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../i18n/i18n.tsx';
import { Badge, Button } from '../../ui/ui.tsx';
import { noticeWordOf, noticeWords } from './notice-words.ts';
import type { PortalNotice } from './notifications-api.ts';

const texts = defineTexts({
  ru: { unread: 'Новое', ticket: 'Обращение SR-{n}', markRead: 'Прочитано', marking: 'Отмечаем…' },
  en: { unread: 'New', ticket: 'Ticket SR-{n}', markRead: 'Mark read', marking: 'Marking…' },
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
  const title = words(noticeWordOf(notice.kind));
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
        {notice.title && notice.title !== title ? <p>{notice.title}</p> : null}
        <p className="muted">
          <time dateTime={notice.createdAt}>{formatInstant(notice.createdAt, lang)}</time>
          {notice.ticketNumber !== null ? (
            <>
              {' · '}
              <Link
                href={`/tickets/${notice.ticketNumber}`}
                onClick={() => {
                  if (unread) onRead(notice.id);
                }}
              >
                {t('ticket', { n: notice.ticketNumber })}
              </Link>
            </>
          ) : null}
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
