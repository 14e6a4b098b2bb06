// A lead sets one clock's deadline by hand, or returns it to the plan's, with a reason (R15).
import { type FormEvent, useId } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/ui.tsx';
import { labels } from '../labels.ts';
import { ActionFormButtons, ActionFormHead, type ActionFormProps, ReasonField } from './action-form-head.tsx';
import { actionTexts } from './action-texts.ts';
import { useDraft } from './use-draft.ts';
import { useTicketAction } from './use-ticket-action.ts';
import { zonedToIso } from './zoned-time.ts';

/** The form; only running or paused working-time clocks take a manual deadline. */
export function DeadlineForm({ ticket, onCancel, onDone }: ActionFormProps) {
  const t = useT(actionTexts);
  const l = useT(labels);
  const id = useId();
  const zone = ticket.sla.calendar.timeZone;
  const clocks = ticket.sla.clocks.filter(
    (c) => c.name !== 'auto_close' && (c.status === 'running' || c.status === 'paused'),
  );
  const first = clocks[0];
  const [draft, update, discard] = useDraft(`srok.draft.${ticket.number}.deadline`, {
    clock: first?.name ?? 'solution',
    dueAt: first?.dueAtLocal?.slice(0, 16) ?? '',
    backToPlan: false,
    reason: '',
  });
  const state = useTicketAction(ticket);
  const dueAt = draft.backToPlan ? null : zonedToIso(draft.dueAt, zone);
  const ready = draft.reason.trim() !== '' && (draft.backToPlan || dueAt !== null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const outcome = await state.run('deadlines', { clock: draft.clock, dueAt, reason: draft.reason });
    if (outcome.ok && !('followUp' in outcome.result)) {
      discard();
      onDone(outcome.result);
    }
  }

  return (
    <form className="card composer" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <ActionFormHead id={id} title={t('do.deadline')} state={state} />
      <div className="grid">
        <Field label={t('clock')}>
          {(p) => (
            <select
              {...p}
              value={draft.clock}
              onChange={(e) => {
                const c = clocks.find((x) => x.name === e.target.value);
                update({
                  clock: e.target.value as typeof draft.clock,
                  dueAt: c?.dueAtLocal?.slice(0, 16) ?? draft.dueAt,
                });
              }}
            >
              {clocks.map((c) => (
                <option key={c.name} value={c.name}>
                  {l(`clock.${c.name}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('dueAt', { zone })}>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              required={!draft.backToPlan}
              disabled={draft.backToPlan}
              value={draft.dueAt}
              onChange={(e) => update({ dueAt: e.target.value })}
            />
          )}
        </Field>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.backToPlan}
          onChange={(e) => update({ backToPlan: e.target.checked })}
        />{' '}
        {t('backToPlan')}
      </label>
      <ReasonField value={draft.reason} onChange={(reason) => update({ reason })} />
      <ActionFormButtons
        pending={state.pending}
        ready={ready}
        send={t('send.deadline')}
        onCancel={onCancel}
      />
    </form>
  );
}
