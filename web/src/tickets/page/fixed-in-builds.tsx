// R19 on the ticket page: the builds that fix this ticket, newest first, with their files to
// download. Support also sees drafts (flagged); for leads and administrators each build's name links
// to its product's builds.
import { Link } from 'wouter';
import type { User } from '../../api/types.ts';
import { formatDate } from '../../i18n/format-time.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { formatSize } from '../../ui/file-size.ts';
import { Badge } from '../../ui/ui.tsx';
import type { Ticket } from '../types.ts';
import { pageTexts } from './page-texts.ts';

/** The «Исправлено в сборках» card, or nothing when no build lists the ticket. */
export function FixedInBuilds({ ticket, user }: { ticket: Ticket; user: User }) {
  const { lang } = useLang();
  const t = useT(pageTexts);
  const builds = ticket.resolvedInBuilds ?? [];
  if (builds.length === 0) return null;
  const staff = user.role === 'admin' || user.role === 'lead';
  return (
    <section className="card" aria-labelledby="fixed-in-title">
      <h2 id="fixed-in-title">{t('fixedIn')}</h2>
      {user.role === 'customer' ? <p className="muted">{t('fixedInHint')}</p> : null}
      <ul className="attachments fixed-in-builds">
        {builds.map((b) => (
          <li key={b.id}>
            <strong>
              {staff ? (
                <Link href={`/admin/products/${b.productId}`}>
                  {t('fixedInBuild', { product: b.product, version: b.version })}
                </Link>
              ) : (
                t('fixedInBuild', { product: b.product, version: b.version })
              )}
            </strong>{' '}
            {/* A calendar date, not an instant: read it as written. */}
            <span className="muted">
              {t('fixedInReleased', { date: formatDate(b.releasedOn, lang, 'UTC') })}
            </span>
            {/* On a line of its own, so a narrow column does not wrap it into the name. */}
            {b.draft ? (
              <p>
                <Badge tone="warn">{t('fixedInDraft')}</Badge>
              </p>
            ) : null}
            {b.files.length > 0 ? (
              <ul>
                {b.files.map((f) => (
                  <li key={f.id}>
                    <a href={f.url} download={f.fileName} aria-label={t('download', { name: f.fileName })}>
                      {f.fileName}
                    </a>{' '}
                    <span className="muted">{formatSize(f.size, lang)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('fixedInNoFiles')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
