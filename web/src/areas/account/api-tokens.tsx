// The user's API tokens: the list, a new one (its secret shown once, with a copy button), revoking.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/client.ts';
import { formatInstant } from '../../i18n/format-time.ts';
import { defineTexts, useLang, useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Loading } from '../../ui/ui.tsx';
import { IssuedToken } from './issued-token.tsx';
import { TokenRevoke } from './token-revoke.tsx';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const TOKENS_KEY = ['api-tokens'] as const;

const texts = defineTexts({
  ru: {
    title: 'Токены API',
    intro:
      'Токен позволяет программе работать с порталом от вашего имени: заголовок «Authorization: Bearer <токен>».',
    loading: 'Загрузка…',
    none: 'Токенов нет.',
    name: 'Название нового токена',
    nameHint: 'Например, «Интеграция с системой мониторинга».',
    required: 'Заполните это поле',
    create: 'Выпустить токен',
    creating: 'Выпускаем…',
    colName: 'Название',
    colPrefix: 'Начало',
    colCreated: 'Выпущен',
    colUsed: 'Использован',
    colActions: 'Действия',
    never: 'ни разу',
  },
  en: {
    title: 'API tokens',
    intro: 'A token lets a program use the portal on your behalf: send “Authorization: Bearer <token>”.',
    loading: 'Loading…',
    none: 'No tokens.',
    name: 'Name of the new token',
    nameHint: 'For example, “Monitoring integration”.',
    required: 'Fill in this field',
    create: 'Issue a token',
    creating: 'Issuing…',
    colName: 'Name',
    colPrefix: 'Starts with',
    colCreated: 'Issued',
    colUsed: 'Last used',
    colActions: 'Actions',
    never: 'never',
  },
});

/** The API tokens section of the profile. */
export function ApiTokens() {
  const t = useT(texts);
  const { lang } = useLang();
  const headingId = useId();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const tokens = useQuery({
    queryKey: TOKENS_KEY,
    queryFn: async () => (await api.get<{ tokens: ApiToken[] }>('/api/auth/tokens')).tokens,
  });
  const refresh = () => client.invalidateQueries({ queryKey: TOKENS_KEY });
  const issue = useMutation({
    mutationFn: () => api.post<ApiToken & { token: string }>('/api/auth/tokens', { name: name.trim() }),
    onSuccess: () => {
      setName('');
      refresh();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(name.trim() === '');
    if (name.trim()) issue.mutate();
  }

  const when = (iso: string | null) => (iso ? formatInstant(iso, lang) : t('never'));
  return (
    <section className="card account-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {issue.data ? (
        <IssuedToken name={issue.data.name} secret={issue.data.token} onDone={() => issue.reset()} />
      ) : null}
      <ErrorBox error={tokens.error} />
      {tokens.isPending ? <Loading label={t('loading')} /> : null}
      {tokens.data?.length === 0 ? <p>{t('none')}</p> : null}
      {tokens.data && tokens.data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colPrefix')}</th>
                <th scope="col">{t('colCreated')}</th>
                <th scope="col">{t('colUsed')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td className="mono">{token.prefix}…</td>
                  <td>{when(token.createdAt)}</td>
                  <td>{when(token.lastUsedAt)}</td>
                  <td>
                    <TokenRevoke token={token} onRevoked={refresh} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form className="account-form" onSubmit={submit} noValidate>
        <h3>{t('create')}</h3>
        <ErrorBox error={issue.error} />
        <Field label={t('name')} hint={t('nameHint')} error={missing ? t('required') : null}>
          {(p) => <input {...p} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Button type="submit" disabled={issue.isPending}>
          {issue.isPending ? t('creating') : t('create')}
        </Button>
      </form>
    </section>
  );
}
