// A lead assigns the ticket to a support engineer.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field, Loading, Notice } from '../../ui/ui.tsx';
import { labels } from '../labels.ts';
import { ActionFormButtons, ActionFormHead, type ActionFormProps } from './action-form-head.tsx';
import { actionTexts } from './action-texts.ts';
import { useTicketAction } from './use-ticket-action.ts';

type Staff = Pick<User, 'id' | 'name' | 'role'>;

function loadStaff(): Promise<Staff[]> {
  return api.get<Staff[]>('/api/staff');
}

/** The form: a list of support staff (when the server lets the user read it) and Assign. */
export function AssignForm({ ticket, onCancel, onDone }: ActionFormProps) {
  const t = useT(actionTexts);
  const l = useT(labels);
  const id = useId();
  const staff = useQuery({ queryKey: ['support-staff'], queryFn: loadStaff, staleTime: 300_000 });
  const [assigneeId, setAssigneeId] = useState(ticket.assignee?.id ?? '');
  const state = useTicketAction(ticket);
  // The list arrives after the form opened (and Composer focused what there was): it takes the focus then.
  const listRef = useRef<HTMLSelectElement>(null);
  const loaded = !!staff.data;
  useEffect(() => {
    if (loaded) listRef.current?.focus();
  }, [loaded]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const outcome = await state.run('assign', { assigneeId });
    if (outcome.ok && !('followUp' in outcome.result)) onDone(outcome.result);
  }

  return (
    <form className="card composer" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <ActionFormHead id={id} title={t('do.assign')} state={state} />
      {staff.isPending ? <Loading label={t('sending')} /> : null}
      {staff.isError ? <Notice kind="info">{t('noStaff')}</Notice> : null}
      {staff.data ? (
        <Field label={t('assignee')}>
          {(p) => (
            <select
              {...p}
              ref={listRef}
              required
              value={assigneeId}
              onChange={(e) => setAssigneeId(e.target.value)}
            >
              <option value="" disabled>
                —
              </option>
              {staff.data.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({l(`role.${u.role}`)})
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <ActionFormButtons
        pending={state.pending}
        ready={!!staff.data && assigneeId !== ''}
        send={t('send.assign')}
        onCancel={onCancel}
      />
    </form>
  );
}
