// Publishing a build (R19): after a confirmation that names who will be told, the customers whose
// tickets it resolves are notified; shows how many were.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Notice } from '../../../ui/ui.tsx';
import type { Build } from '../admin-api.ts';

const texts = defineTexts({
  ru: {
    publish: 'Опубликовать',
    publishLabel: 'Опубликовать сборку {version}',
    confirm:
      'Опубликовать сборку {version}? Клиенты увидят её, а авторы решённых ею обращений ({tickets}) получат уведомление по почте и на портале. Отменить публикацию нельзя.',
    confirmNoTickets:
      'Опубликовать сборку {version}? Обращения к ней не привязаны, поэтому уведомлений не будет. Отменить публикацию нельзя.',
    done: 'Сборка опубликована. Уведомлено пользователей: {n}.',
  },
  en: {
    publish: 'Publish',
    publishLabel: 'Publish build {version}',
    confirm:
      'Publish build {version}? Customers will see it, and the authors of the tickets it resolves ({tickets}) will be notified by e-mail and on the portal. Publishing cannot be undone.',
    confirmNoTickets:
      'Publish build {version}? No tickets are linked, so nobody will be notified. Publishing cannot be undone.',
    done: 'Build published. Users notified: {n}.',
  },
});

/** The publish button with its confirmation and outcome. */
export function BuildPublish({ build, onPublished }: { build: Build; onPublished: (b: Build) => void }) {
  const t = useT(texts);
  const publish = useMutation({
    mutationFn: () => api.post<Build & { notified: number }>(`/api/builds/${build.id}/publish`),
    onSuccess: onPublished,
  });
  const ask = () => {
    const tickets = build.ticketNumbers.map((n) => `SR-${n}`).join(', ');
    const question = tickets
      ? t('confirm', { version: build.version, tickets })
      : t('confirmNoTickets', { version: build.version });
    if (window.confirm(question)) publish.mutate();
  };
  return (
    <div aria-live="polite">
      <ErrorBox error={publish.error} />
      {publish.data ? <Notice kind="success">{t('done', { n: publish.data.notified })}</Notice> : null}
      {build.publishedAt ? null : (
        <Button
          aria-label={t('publishLabel', { version: build.version })}
          disabled={publish.isPending}
          onClick={ask}
        >
          {t('publish')}
        </Button>
      )}
    </div>
  );
}
