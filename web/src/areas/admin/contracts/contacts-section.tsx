// A contract's authorized contacts (R10): the list with "remove", and a form to add one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Button, ErrorBox, Field, Loading } from '../../../ui/ui.tsx';
import { type Contact, keys } from '../admin-api.ts';

const texts = defineTexts({
  ru: {
    title: 'Уполномоченные представители',
    hint: 'Только эти люди могут подавать обращения по договору.',
    loading: 'Загрузка…',
    empty: 'Представителей пока нет: по договору никто не может подать обращение.',
    name: 'ФИО',
    email: 'E-mail',
    phone: 'Телефон',
    position: 'Должность',
    actions: 'Действия',
    remove: 'Исключить',
    removeLabel: 'Исключить {name}',
    confirm: 'Исключить {name} из договора? Этот человек больше не сможет подавать обращения.',
    add: 'Добавить представителя',
  },
  en: {
    title: 'Authorized representatives',
    hint: 'Only these people may file tickets under the contract.',
    loading: 'Loading…',
    empty: 'No representatives yet: nobody can file tickets under this contract.',
    name: 'Full name',
    email: 'E-mail',
    phone: 'Phone',
    position: 'Position',
    actions: 'Actions',
    remove: 'Remove',
    removeLabel: 'Remove {name}',
    confirm: 'Remove {name} from the contract? They will no longer be able to file tickets.',
    add: 'Add representative',
  },
});

const EMPTY = { name: '', email: '', phone: '', position: '' };

function AddContactForm({ contractId }: { contractId: string }) {
  const t = useT(texts);
  const client = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const add = useMutation({
    mutationFn: () =>
      api.post<Contact>(`/api/contracts/${contractId}/contacts`, {
        name: form.name,
        email: form.email,
        ...(form.phone.trim() ? { phone: form.phone } : {}),
        ...(form.position.trim() ? { position: form.position } : {}),
      }),
    onSuccess: async () => {
      setForm(EMPTY);
      await client.invalidateQueries({ queryKey: keys.contacts(contractId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const input = (key: keyof typeof EMPTY, type = 'text', required = false) => (
    <Field label={t(key)}>
      {(p) => (
        <input
          {...p}
          type={type}
          required={required}
          value={form[key]}
          onChange={(e) => {
            setForm({ ...form, [key]: e.target.value });
            // The refusal was about what the form held: once it is edited, it no longer applies.
            if (add.isError) add.reset();
          }}
        />
      )}
    </Field>
  );
  return (
    <form className="card" onSubmit={submit}>
      <h3>{t('add')}</h3>
      <ErrorBox error={add.error} />
      <div className="grid">
        {input('name', 'text', true)}
        {input('email', 'email', true)}
        {input('phone', 'tel')}
        {input('position')}
      </div>
      <Button type="submit" disabled={add.isPending}>
        {t('add')}
      </Button>
    </form>
  );
}

/** The contacts table and the add form. */
export function ContactsSection({ contractId }: { contractId: string }) {
  const t = useT(texts);
  const client = useQueryClient();
  const list = useQuery({
    queryKey: keys.contacts(contractId),
    queryFn: () => api.get<Contact[]>(`/api/contracts/${contractId}/contacts`),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.del<null>(`/api/contacts/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.contacts(contractId) }),
  });
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('title')}</h2>
      <p className="muted">{t('hint')}</p>
      {list.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={list.error ?? remove.error} />
      {list.data?.length === 0 ? <p>{t('empty')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('email')}</th>
                <th scope="col">{t('phone')}</th>
                <th scope="col">{t('position')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((c) => (
                <tr key={c.id}>
                  <td>{c.name}</td>
                  <td>{c.email}</td>
                  <td>{c.phone ?? '—'}</td>
                  <td>{c.position ?? '—'}</td>
                  <td>
                    <Button
                      kind="link"
                      aria-label={t('removeLabel', { name: c.name })}
                      disabled={remove.isPending}
                      onClick={() => {
                        if (window.confirm(t('confirm', { name: c.name }))) remove.mutate(c.id);
                      }}
                    >
                      {t('remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <AddContactForm contractId={contractId} />
    </section>
  );
}
