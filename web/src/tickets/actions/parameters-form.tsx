// Changing a ticket's type, priority or plan with a reason the customer sees and may dispute (R15).
import { type FormEvent, useId } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/ui.tsx';
import { labels } from '../labels.ts';
import { usePlans } from '../ticket-api.ts';
import { PRIORITIES, type Priority, TICKET_TYPES, type TicketType } from '../types.ts';
import { ActionFormButtons, ActionFormHead, type ActionFormProps, ReasonField } from './action-form-head.tsx';
import { actionTexts } from './action-texts.ts';
import { useDraft } from './use-draft.ts';
import { useTicketAction } from './use-ticket-action.ts';

/** The form; the plan may be changed by a lead or an administrator only. */
export function ParametersForm({
  ticket,
  mayChangePlan,
  onCancel,
  onDone,
}: ActionFormProps & { mayChangePlan: boolean }) {
  const t = useT(actionTexts);
  const l = useT(labels);
  const id = useId();
  const plans = usePlans(mayChangePlan);
  const [draft, update, discard] = useDraft(`srok.draft.${ticket.number}.parameters`, {
    type: ticket.type as string,
    priority: ticket.priority as string,
    planId: ticket.sla.plan.id,
    reason: '',
  });
  const state = useTicketAction(ticket);
  const changes = {
    ...(draft.type !== ticket.type ? { type: draft.type as TicketType } : {}),
    ...(draft.priority !== ticket.priority ? { priority: draft.priority as Priority } : {}),
    ...(mayChangePlan && draft.planId !== ticket.sla.plan.id ? { planId: draft.planId } : {}),
  };
  const changed = Object.keys(changes).length > 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const outcome = await state.run('parameters', { ...changes, reason: draft.reason });
    if (outcome.ok && !('followUp' in outcome.result)) {
      discard();
      onDone(outcome.result);
    }
  }

  return (
    <form className="card composer" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <ActionFormHead id={id} title={t('do.parameters')} state={state} />
      <div className="grid">
        <Field label={t('type')}>
          {(p) => (
            <select {...p} value={draft.type} onChange={(e) => update({ type: e.target.value })}>
              {TICKET_TYPES.map((v) => (
                <option key={v} value={v}>
                  {l(`type.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('priority')}>
          {(p) => (
            <select {...p} value={draft.priority} onChange={(e) => update({ priority: e.target.value })}>
              {PRIORITIES.map((v) => (
                <option key={v} value={v}>
                  {l(`priority.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {mayChangePlan ? (
          <Field label={t('plan')}>
            {(p) => (
              <select {...p} value={draft.planId} onChange={(e) => update({ planId: e.target.value })}>
                {(plans.data ?? [ticket.sla.plan]).map((plan) => (
                  <option key={plan.id} value={plan.id}>
                    {plan.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <ReasonField value={draft.reason} onChange={(reason) => update({ reason })} />
      <ActionFormButtons
        pending={state.pending}
        ready={changed && draft.reason.trim() !== ''}
        send={t('send.parameters')}
        onCancel={onCancel}
      />
    </form>
  );
}
