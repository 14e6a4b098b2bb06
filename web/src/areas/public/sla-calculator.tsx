// The SLA calculator of the agreement page: pick a plan, type (R3) and priority, see when reaction
// and solution are due if a ticket is filed now, counted on the plan's real calendar (R5–R7).
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { ErrorBox, Field, Loading, Notice } from '../../ui/ui.tsx';
import { fetchCalculatorPlans, fetchPlanDue } from './calculator-api.ts';
import { DueResult } from './due-result.tsx';
import { PRIORITIES, type Priority, TICKET_TYPES, type TicketType, ticketWords } from './public-texts.ts';
import { ServiceHours } from './service-hours.tsx';
import './public.css';

const texts = defineTexts({
  ru: {
    title: 'Калькулятор сроков',
    intro: 'Выберите вариант обслуживания из вашего договора, тип и приоритет обращения.',
    plan: 'Вариант обслуживания (план)',
    type: 'Тип обращения',
    priority: 'Приоритет',
    loading: 'Загрузка планов…',
    counting: 'Считаем сроки…',
    noPlans: 'Планы обслуживания доступны после входа на портал.',
    hours: 'Время оказания поддержки',
  },
  en: {
    title: 'Deadline calculator',
    intro: 'Pick the service option of your contract, the ticket type and priority.',
    plan: 'Service option (plan)',
    type: 'Ticket type',
    priority: 'Priority',
    loading: 'Loading the plans…',
    counting: 'Counting the deadlines…',
    noPlans: 'Service plans are shown after you sign in.',
    hours: 'Service hours',
  },
});

const REFRESH_MS = 60_000;

/** The live calculator: every choice recomputes the deadlines from the server's "now". */
export function SlaCalculator() {
  const t = useT(texts);
  const words = useT(ticketWords);
  const headingId = useId();
  const [chosenPlan, setChosenPlan] = useState<string | null>(null);
  const [type, setType] = useState<TicketType>('incident');
  const [priority, setPriority] = useState<Priority>('normal');
  const plans = useQuery({
    queryKey: ['calculator-plans'],
    queryFn: fetchCalculatorPlans,
    staleTime: 5 * 60_000,
  });
  const planId = chosenPlan ?? plans.data?.[0]?.id ?? null;
  const due = useQuery({
    queryKey: ['plan-due', planId, type, priority],
    queryFn: () => fetchPlanDue(planId ?? '', type, priority),
    enabled: planId !== null,
    refetchInterval: REFRESH_MS,
    placeholderData: (previous) => previous,
  });

  return (
    <section className="card calculator" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {plans.isPending ? <Loading label={t('loading')} /> : null}
      <ErrorBox error={plans.error} />
      {plans.data && plans.data.length === 0 ? <Notice>{t('noPlans')}</Notice> : null}
      {plans.data && plans.data.length > 0 ? (
        <div className="two-columns">
          <form onSubmit={(e) => e.preventDefault()}>
            <Field label={t('plan')}>
              {(p) => (
                <select {...p} value={planId ?? ''} onChange={(e) => setChosenPlan(e.target.value)}>
                  {plans.data.map((plan) => (
                    <option key={plan.id} value={plan.id}>
                      {plan.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <fieldset className="type-choice">
              <legend>{t('type')}</legend>
              {TICKET_TYPES.map((value) => (
                <label key={value}>
                  <input
                    type="radio"
                    name="calculator-type"
                    value={value}
                    checked={type === value}
                    onChange={() => setType(value)}
                  />
                  {words(value)}
                  <small>{words(`${value}About` as const)}</small>
                </label>
              ))}
            </fieldset>
            <Field label={t('priority')}>
              {(p) => (
                <select {...p} value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
                  {PRIORITIES.map((value) => (
                    <option key={value} value={value}>
                      {words(value)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </form>
          <div aria-live="polite">
            <ErrorBox error={due.error} />
            {due.isPending && planId ? <Loading label={t('counting')} /> : null}
            {due.data ? <DueResult due={due.data} /> : null}
            {due.data ? (
              <>
                <h3>{t('hours')}</h3>
                <ServiceHours calendarId={due.data.calendarId} />
              </>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
