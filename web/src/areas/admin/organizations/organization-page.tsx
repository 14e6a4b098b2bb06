// /admin/organizations/:id: the organization's name (renamable), its contracts, and a new contract.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'wouter';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Loading, Notice } from '../../../ui/ui.tsx';
import { type Contract, keys, type Organization } from '../admin-api.ts';
import { AdminPage } from '../admin-page.tsx';
import { ContractTermsFields, type Terms } from '../contracts/contract-terms-fields.tsx';
import { ContractsTable } from '../contracts/contracts-table.tsx';
import { todayIso } from '../dates.ts';

const texts = defineTexts({
  ru: {
    loading: 'Загрузка…',
    back: '← Все организации',
    rename: 'Переименовать',
    name: 'Название',
    renamed: 'Название сохранено.',
    contracts: 'Договоры',
    noContracts: 'Договоров пока нет.',
    newContract: 'Новый договор',
    number: 'Номер договора',
    create: 'Заключить договор',
    created: 'Договор {number} добавлен.',
  },
  en: {
    loading: 'Loading…',
    back: '← All organizations',
    rename: 'Rename',
    name: 'Name',
    renamed: 'Name saved.',
    contracts: 'Contracts',
    noContracts: 'No contracts yet.',
    newContract: 'New contract',
    number: 'Contract number',
    create: 'Add contract',
    created: 'Contract {number} added.',
  },
});

function RenameForm({ organization }: { organization: Organization }) {
  const t = useT(texts);
  const client = useQueryClient();
  const [name, setName] = useState(organization.name);
  const rename = useMutation({
    mutationFn: () => api.patch<Organization>(`/api/organizations/${organization.id}`, { name }),
    onSuccess: async (row) => {
      client.setQueryData(keys.organization(row.id), row);
      await client.invalidateQueries({ queryKey: keys.organizations, exact: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    rename.mutate();
  };
  return (
    <form className="card" onSubmit={submit}>
      <ErrorBox error={rename.error} />
      {rename.isSuccess ? <Notice kind="success">{t('renamed')}</Notice> : null}
      <div className="admin-inline">
        <Field label={t('name')}>
          {(p) => (
            <input {...p} value={name} required maxLength={300} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <Button type="submit" kind="secondary" disabled={rename.isPending || name === organization.name}>
          {t('rename')}
        </Button>
      </div>
    </form>
  );
}

function NewContractForm({ organizationId }: { organizationId: string }) {
  const t = useT(texts);
  const client = useQueryClient();
  const [number, setNumber] = useState('');
  const [terms, setTerms] = useState<Terms>({ planId: '', validFrom: todayIso(), validTo: '' });
  const create = useMutation({
    mutationFn: () =>
      api.post<Contract>('/api/contracts', {
        organizationId,
        number,
        planId: terms.planId,
        validFrom: terms.validFrom,
        validTo: terms.validTo || null,
      }),
    onSuccess: async () => {
      setNumber('');
      await client.invalidateQueries({ queryKey: keys.contracts(organizationId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form className="card narrow" onSubmit={submit}>
      <h2>{t('newContract')}</h2>
      <ErrorBox error={create.error} />
      {create.isSuccess ? (
        <Notice kind="success">{t('created', { number: create.data.number })}</Notice>
      ) : null}
      <Field label={t('number')}>
        {(p) => (
          <input {...p} value={number} required maxLength={100} onChange={(e) => setNumber(e.target.value)} />
        )}
      </Field>
      <ContractTermsFields terms={terms} onChange={setTerms} />
      <Button type="submit" disabled={create.isPending}>
        {t('create')}
      </Button>
    </form>
  );
}

/** An organization with its contracts. */
export default function OrganizationPage() {
  const t = useT(texts);
  const { id = '' } = useParams<{ id: string }>();
  const org = useQuery({
    queryKey: keys.organization(id),
    queryFn: () => api.get<Organization>(`/api/organizations/${id}`),
  });
  const contracts = useQuery({
    queryKey: keys.contracts(id),
    queryFn: () => api.get<Contract[]>(`/api/organizations/${id}/contracts`),
  });
  return (
    <AdminPage title={org.data?.name ?? t('loading')}>
      <p>
        <Link href="/admin/organizations">{t('back')}</Link>
      </p>
      <ErrorBox error={org.error} />
      {org.data ? <RenameForm key={org.data.id} organization={org.data} /> : null}
      <h2>{t('contracts')}</h2>
      {contracts.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={contracts.error} />
      {contracts.data?.length === 0 ? <p className="muted">{t('noContracts')}</p> : null}
      {contracts.data && contracts.data.length > 0 ? (
        <ContractsTable contracts={contracts.data} today={todayIso()} />
      ) : null}
      {org.data ? <NewContractForm organizationId={id} /> : null}
    </AdminPage>
  );
}
