// /tickets/new: the customer files a ticket; after filing, the confirmation with its number (R12).
// What is typed is a draft in the tab's session storage, as replies on the ticket page are: a reload
// or a visit to another page never loses it, and filing clears it. (Chosen files cannot be kept.)
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { useSession } from '../../../session.tsx';
import type { FiledTicket } from '../../../ticket-list/types.ts';
import { TICKETS_KEY } from '../../../ticket-list/use-ticket-list.ts';
import { useDraft } from '../../../tickets/actions/use-draft.ts';
import { Notice, Page } from '../../../ui/ui.tsx';
import { type Draft, draftBody, EMPTY_DRAFT } from './draft.ts';
import { FiledConfirmation } from './filed-confirmation.tsx';
import { TicketForm } from './ticket-form.tsx';
import { useUploads } from './use-uploads.ts';
import '../customer.css';

const texts = defineTexts({
  ru: {
    title: 'Новое обращение',
    intro:
      'Поддержка принимает обращения от уполномоченных представителей по договору. После регистрации вы сразу увидите номер обращения и сроки.',
    noOrganization:
      'Ваша учётная запись пока не связана с организацией по договору. Если обращение не удастся зарегистрировать, портал объяснит, к кому обратиться.',
  },
  en: {
    title: 'New ticket',
    intro:
      'Support accepts tickets from the authorized representatives named in the contract. Once registered, you see the ticket’s number and deadlines right away.',
    noOrganization:
      'Your account is not yet linked to an organization with a contract. If the ticket cannot be registered, the portal explains whom to ask.',
  },
});

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Shows the form, then the confirmation of registration. */
export function NewTicketPage() {
  const t = useT(texts);
  const { user } = useSession();
  const client = useQueryClient();
  // One idempotency key per draft until it is filed, kept with it: a retry after a lost answer, even
  // after a reload, returns the same ticket.
  const [draft, updateDraft, discardDraft] = useDraft<Draft & { key: string }>(
    `srok.draft.new-ticket.${user?.id ?? 'anonymous'}`,
    { ...EMPTY_DRAFT, key: '' },
  );
  const [files, setFiles] = useState<File[]>([]);
  const [filed, setFiled] = useState<FiledTicket | null>(null);
  const uploads = useUploads();

  const filing = useMutation({
    mutationFn: ({ body, key }: { body: Record<string, string>; key: string }) =>
      api.post<FiledTicket>('/api/tickets', body, { headers: { 'Idempotency-Key': key } }),
    onSuccess: (result) => {
      discardDraft();
      setFiled(result);
      void client.invalidateQueries({ queryKey: [TICKETS_KEY] });
      document.getElementById('main')?.focus();
      window.scrollTo?.(0, 0);
      if (files.length) void uploads.start(result.number, files);
    },
  });

  function file() {
    const key = draft.key || newKey();
    if (key !== draft.key) updateDraft({ key });
    filing.mutate({ body: draftBody(draft), key });
  }

  function another() {
    discardDraft();
    setFiles([]);
    uploads.reset();
    setFiled(null);
    filing.reset();
  }

  if (filed) return <FiledConfirmation filed={filed} uploads={uploads} onAnother={another} />;
  return (
    <Page title={t('title')}>
      <div className="new-ticket">
        <p className="muted">{t('intro')}</p>
        {user && !user.organizationId ? <Notice kind="warning">{t('noOrganization')}</Notice> : null}
        <TicketForm
          draft={draft}
          onDraft={updateDraft}
          files={files}
          onFiles={setFiles}
          onSubmit={file}
          sending={filing.isPending}
          error={filing.error}
        />
      </div>
    </Page>
  );
}

export default NewTicketPage;
