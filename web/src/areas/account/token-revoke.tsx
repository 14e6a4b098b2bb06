// Revoking a token in two steps (ask, then confirm), so a slip of the keyboard breaks nothing.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox } from '../../ui/ui.tsx';
import type { ApiToken } from './api-tokens.tsx';

const texts = defineTexts({
  ru: {
    revoke: 'Отозвать',
    revokeNamed: 'Отозвать токен «{name}»',
    confirm: 'Да, отозвать',
    cancel: 'Отмена',
    revoking: 'Отзываем…',
  },
  en: {
    revoke: 'Revoke',
    revokeNamed: 'Revoke the token “{name}”',
    confirm: 'Yes, revoke',
    cancel: 'Cancel',
    revoking: 'Revoking…',
  },
});

/** The revoke action of one token row. */
export function TokenRevoke({ token, onRevoked }: { token: ApiToken; onRevoked: () => void }) {
  const t = useT(texts);
  const [asking, setAsking] = useState(false);
  const revoke = useMutation({
    mutationFn: () => api.del<null>(`/api/auth/tokens/${encodeURIComponent(token.id)}`),
    onSuccess: onRevoked,
  });
  if (!asking)
    return (
      <Button
        kind="secondary"
        aria-label={t('revokeNamed', { name: token.name })}
        onClick={() => setAsking(true)}
      >
        {t('revoke')}
      </Button>
    );
  return (
    <div className="inline-actions">
      <Button kind="danger" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
        {revoke.isPending ? t('revoking') : t('confirm')}
      </Button>
      <Button kind="secondary" onClick={() => setAsking(false)} disabled={revoke.isPending}>
        {t('cancel')}
      </Button>
      <ErrorBox error={revoke.error} />
    </div>
  );
}
