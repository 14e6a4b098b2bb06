// The history tab: the ticket's audit trail (R22), every event with who and when; support also sees
// notes and each clock's start, pause, stop and change. (When a proposal would auto-close is told by
// the auto-close clock's own entries, so no proposal repeats a date that may no longer hold.)
import { formatInstant } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { ErrorBox, Loading } from '../../ui/ui.tsx';
import { type LabelKey, labels } from '../labels.ts';
import { useEvents } from '../ticket-api.ts';
import { conversationTexts } from './conversation-texts.ts';
import { useEventWords } from './event-words.ts';

const snippet = (text: string | undefined) =>
  text === undefined ? '' : text.length > 160 ? `${text.slice(0, 159)}…` : text;

/** A table of the ticket's events, loaded when shown. */
export function History({ number, zone }: { number: number; zone: string }) {
  const { lang } = useLang();
  const t = useT(conversationTexts);
  const l = useT(labels);
  const events = useEvents(number, true);
  const describe = useEventWords(zone);
  if (events.isPending) return <Loading label="…" />;
  if (events.isError) return <ErrorBox error={events.error} />;
  if (events.data.length === 0) return <p>{t('historyEmpty')}</p>;
  return (
    <div className="table-wrap">
      <table className="history">
        <caption className="visually-hidden">{t('history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colWhen')}</th>
            <th scope="col">{t('colWho')}</th>
            <th scope="col">{t('colWhat')}</th>
          </tr>
        </thead>
        <tbody>
          {events.data.map((e) => {
            const words = describe(e);
            return (
              <tr key={e.seq} className={e.type === 'clock' ? 'history-clock' : undefined}>
                <td>
                  <time dateTime={e.at}>{formatInstant(e.at, lang, { zone })}</time>
                </td>
                <td>
                  {e.actor.role === 'system' ? t('system') : (e.actor.name ?? t('someone'))}
                  <br />
                  <span className="muted">{l(`role.${e.actor.role}` as LabelKey)}</span>
                </td>
                <td>
                  {words.title}
                  {words.details.length > 0 ? (
                    <span className="muted"> — {words.details.join('; ')}</span>
                  ) : null}
                  {e.text ? <div className="muted history-text">{snippet(e.text)}</div> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
