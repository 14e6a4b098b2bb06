// /admin/audit?entity=…&id=…: the trail of administrative changes (R22), newest first, with filters.
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { api, query } from '../../../api/client.ts';
import { formatInstant } from '../../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Loading, MoreButton } from '../../../ui/ui.tsx';
import { type AuditPage as AuditPageData, keys } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';
import { actionLabel, ENTITIES, entityTexts } from './audit-labels.ts';

const texts = defineTexts({
  ru: {
    title: 'Журнал изменений',
    loading: 'Загружаем журнал…',
    entity: 'Что менялось',
    all: 'Всё',
    entityId: 'Идентификатор',
    entityIdHint: 'Например, код плана или UUID договора.',
    apply: 'Показать',
    when: 'Когда',
    who: 'Кто',
    what: 'Что',
    details: 'Подробности',
    system: 'система',
    empty: 'Записей нет.',
    more: 'Показать ещё',
    show: 'Показать изменения',
  },
  en: {
    title: 'Audit trail',
    loading: 'Loading the trail…',
    entity: 'What changed',
    all: 'Everything',
    entityId: 'Identifier',
    entityIdHint: 'E.g. a plan code or a contract UUID.',
    apply: 'Show',
    when: 'When',
    who: 'Who',
    what: 'What',
    details: 'Details',
    system: 'system',
    empty: 'No entries.',
    more: 'Show more',
    show: 'Show the change',
  },
});

/** The audit trail with entity filters and "show more". */
export default function AuditPage() {
  const t = useT(texts);
  const e = useT(entityTexts);
  const { lang } = useLang();
  const params = new URLSearchParams(useSearch());
  const entity = params.get('entity') ?? '';
  const entityId = params.get('id') ?? '';
  const [, navigate] = useLocation();
  const [form, setForm] = useState({ entity, entityId });
  const trail = useInfiniteQuery({
    queryKey: keys.audit(entity, entityId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<AuditPageData>(`/api/audit${query({ entity, entityId, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = trail.data?.pages.flatMap((p) => p.items) ?? [];
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    navigate(`/admin/audit${query({ entity: form.entity, id: form.entityId.trim() })}`);
  };
  const entityName = (name: string) =>
    (ENTITIES as readonly string[]).includes(name) ? e(name as (typeof ENTITIES)[number]) : name;
  return (
    <AdminPage title={t('title')}>
      <form className="filters" onSubmit={submit}>
        <Field label={t('entity')}>
          {(p) => (
            <select
              {...p}
              value={form.entity}
              onChange={(ev) => setForm({ ...form, entity: ev.target.value })}
            >
              <option value="">{t('all')}</option>
              {ENTITIES.map((name) => (
                <option key={name} value={name}>
                  {e(name)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('entityId')} hint={t('entityIdHint')}>
          {(p) => (
            <input
              {...p}
              value={form.entityId}
              onChange={(ev) => setForm({ ...form, entityId: ev.target.value })}
            />
          )}
        </Field>
        <Button type="submit" kind="secondary">
          {t('apply')}
        </Button>
      </form>
      {trail.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={trail.error} />
      {trail.data && items.length === 0 ? <p>{t('empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('details')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{formatInstant(item.at, lang)}</td>
                  <td>{item.actor ? (item.actor.name ?? item.actor.id) : t('system')}</td>
                  <td>
                    {entityName(item.entity)}: {actionLabel(item.action, lang)}
                    <br />
                    {item.entityName ? (
                      <span title={item.entityId}>{item.entityName}</span>
                    ) : (
                      <span className="mono muted">{item.entityId}</span>
                    )}
                  </td>
                  <td>
                    <details>
                      <summary>{t('show')}</summary>
                      <pre className="admin-pre">{JSON.stringify(item.payload, null, 2)}</pre>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <MoreButton pages={trail} label={t('more')} className="admin-actions" />
    </AdminPage>
  );
}
