// Tells a signed-in user whose e-mail is not confirmed yet, and sends the link again on request.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { Button, ErrorBox } from '../../ui/ui.tsx';

const texts = defineTexts({
  ru: {
    notVerified:
      'Адрес {email} ещё не подтверждён. Пока он не подтверждён, создавать обращения нельзя. Перейдите по ссылке из письма.',
    resend: 'Отправить ссылку ещё раз',
    sending: 'Отправляем…',
    sent: 'Новая ссылка отправлена на {email}. Она действует 48 часов.',
  },
  en: {
    notVerified:
      'The address {email} is not confirmed yet. Until it is, you cannot file tickets. Follow the link in the e-mail.',
    resend: 'Send the link again',
    sending: 'Sending…',
    sent: 'A new link was sent to {email}. It works for 48 hours.',
  },
});

/** Nothing for a verified user; otherwise a warning with "send the link again". */
export function VerificationBanner({ user }: { user: User }) {
  const t = useT(texts);
  const resend = useMutation({ mutationFn: () => api.post<null>('/api/auth/verify/resend') });
  if (user.emailVerified) return null;
  return (
    <div className="alert alert-warning" role="status">
      <p>{t('notVerified', { email: user.email })}</p>
      <ErrorBox error={resend.error} />
      {resend.isSuccess ? (
        <p>
          <strong>{t('sent', { email: user.email })}</strong>
        </p>
      ) : (
        <Button kind="secondary" onClick={() => resend.mutate()} disabled={resend.isPending}>
          {resend.isPending ? t('sending') : t('resend')}
        </Button>
      )}
    </div>
  );
}
