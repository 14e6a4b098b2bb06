// A token's secret right after it is issued: shown once, with a copy button.
import { useState } from 'react';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/ui.tsx';

const texts = defineTexts({
  ru: {
    issued: 'Токен «{name}» выпущен. Скопируйте его сейчас: больше он показан не будет.',
    secret: 'Секрет токена',
    copy: 'Скопировать',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать: выделите текст и скопируйте вручную',
    done: 'Я сохранил токен',
  },
  en: {
    issued: 'The token “{name}” is issued. Copy it now: it will not be shown again.',
    secret: 'Token secret',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and copy it by hand',
    done: 'I have saved the token',
  },
});

/** The one-time display of a new token's secret. */
export function IssuedToken({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const t = useT(texts);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <div className="alert alert-success">
      <p>{t('issued', { name })}</p>
      <div className="token-secret">
        <input
          className="mono"
          aria-label={t('secret')}
          readOnly
          value={secret}
          size={Math.min(secret.length, 48)}
          onFocus={(e) => e.target.select()}
        />
        <Button kind="secondary" onClick={copySecret}>
          {t('copy')}
        </Button>
        <span role="status">
          {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
      <Button kind="link" onClick={onDone}>
        {t('done')}
      </Button>
    </div>
  );
}
