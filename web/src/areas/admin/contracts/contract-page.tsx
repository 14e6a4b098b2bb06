// /admin/contracts/:id: a contract's plan and period (editable), its authorized contacts, CSV import.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'wouter';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Loading, Notice } from '../../../ui/ui.tsx';
import { type Contract, keys, type Organization } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';
import { ContactImport } from './contact-import.tsx';
import { ContactsSection } from './contacts-section.tsx';
import { ContractTermsFields, type Terms } from './contract-terms-fields.tsx';

const texts = defineTexts({
  ru: {
    title: 'Договор {number}',
    loading: 'Загрузка…',
    back: '← {name}',
    terms: 'План и срок действия',
    save: 'Сохранить',
    saved: 'Условия договора сохранены.',
  },
  en: {
    title: 'Contract {number}',
    loading: 'Loading…',
    back: '← {name}',
    terms: 'Plan and period',
    save: 'Save',
    saved: 'Contract terms saved.',
  },
});

function TermsForm({ contract }: { contract: Contract }) {
  const t = useT(texts);
  const client = useQueryClient();
  const [terms, setTerms] = useState<Terms>({
    planId: contract.planId,
    validFrom: contract.validFrom,
    validTo: contract.validTo ?? '',
  });
  const save = useMutation({
    mutationFn: () =>
      api.patch<Contract>(`/api/contracts/${contract.id}`, {
        planId: terms.planId,
        validFrom: terms.validFrom,
        validTo: terms.validTo || null,
      }),
    onSuccess: async (row) => {
      client.setQueryData(keys.contract(row.id), row);
      await client.invalidateQueries({ queryKey: keys.contracts(row.organizationId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="card narrow" onSubmit={submit}>
      <h2>{t('terms')}</h2>
      <ErrorBox error={save.error} />
      {save.isSuccess ? <Notice kind="success">{t('saved')}</Notice> : null}
      <ContractTermsFields terms={terms} onChange={setTerms} />
      <Button type="submit" disabled={save.isPending}>
        {t('save')}
      </Button>
    </form>
  );
}

/** One contract: terms, contacts and their import. */
export default function ContractPage() {
  const t = useT(texts);
  const { id = '' } = useParams<{ id: string }>();
  const contract = useQuery({
    queryKey: keys.contract(id),
    queryFn: () => api.get<Contract>(`/api/contracts/${id}`),
  });
  const orgId = contract.data?.organizationId ?? '';
  const org = useQuery({
    queryKey: keys.organization(orgId),
    queryFn: () => api.get<Organization>(`/api/organizations/${orgId}`),
    enabled: !!orgId,
  });
  return (
    <AdminPage title={contract.data ? t('title', { number: contract.data.number }) : t('loading')}>
      {contract.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={contract.error} />
      {contract.data ? (
        <>
          <p>
            <Link href={`/admin/organizations/${orgId}`}>{t('back', { name: org.data?.name ?? '…' })}</Link>
          </p>
          <TermsForm key={contract.data.id} contract={contract.data} />
          <ContactsSection contractId={id} />
          <ContactImport contractId={id} />
        </>
      ) : null}
    </AdminPage>
  );
}
