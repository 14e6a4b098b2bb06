// /admin/mailbox?to=…: mail the portal kept instead of sending (no SMTP server), newest first,
// filtered by recipient.
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { api, query } from '../../../api/client.ts';
import { formatInstant } from '../../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Loading, MoreButton } from '../../../ui/ui.tsx';
import { keys, type MailPage } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';

const texts = defineTexts({
  ru: {
    title: 'Почтовый ящик разработки',
    intro: 'Почтовый сервер не настроен (SMTP_URL), поэтому письма портала хранятся здесь.',
    loading: 'Загружаем письма…',
    to: 'Получатель',
    toHint: 'Точный адрес, например ivanov@romashka.ru.',
    apply: 'Показать',
    clear: 'Все письма',
    subject: 'Тема',
    when: 'Время',
    empty: 'Писем нет.',
    more: 'Показать ещё',
  },
  en: {
    title: 'Development mailbox',
    intro: 'No mail server is configured (SMTP_URL), so the portal keeps its mail here.',
    loading: 'Loading mail…',
    to: 'Recipient',
    toHint: 'The exact address, e.g. ivanov@romashka.ru.',
    apply: 'Show',
    clear: 'All mail',
    subject: 'Subject',
    when: 'Time',
    empty: 'No mail.',
    more: 'Show more',
  },
});

/** The mailbox list with the recipient filter and "show more". */
export default function MailboxPage() {
  const t = useT(texts);
  const { lang } = useLang();
  const to = new URLSearchParams(useSearch()).get('to') ?? '';
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState(to);
  const mail = useInfiniteQuery({
    queryKey: keys.mailbox(to),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api.get<MailPage>(`/api/admin/mailbox${query({ recipient: to, before: pageParam, limit: 50 })}`),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const items = mail.data?.pages.flatMap((p) => p.items) ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/admin/mailbox${query({ to: typed.trim() })}`);
  };
  return (
    <AdminPage title={t('title')}>
      <p className="muted">{t('intro')}</p>
      <form className="filters" onSubmit={submit}>
        <Field label={t('to')} hint={t('toHint')}>
          {(p) => <input {...p} type="email" value={typed} onChange={(e) => setTyped(e.target.value)} />}
        </Field>
        <Button type="submit" kind="secondary">
          {t('apply')}
        </Button>
        {to ? (
          <Link href="/admin/mailbox" onClick={() => setTyped('')}>
            {t('clear')}
          </Link>
        ) : null}
      </form>
      {mail.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={mail.error} />
      {mail.data && items.length === 0 ? <p>{t('empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('to')}</th>
                <th scope="col">{t('subject')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.id}>
                  <td>{formatInstant(m.createdAt, lang)}</td>
                  <td>{m.recipient}</td>
                  <td className="user-text">
                    <Link href={`/admin/mailbox/${m.id}`}>{m.subject}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <MoreButton pages={mail} label={t('more')} className="admin-actions" />
    </AdminPage>
  );
}
