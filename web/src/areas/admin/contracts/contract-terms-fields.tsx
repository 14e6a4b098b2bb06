// The plan and validity period of a contract, as form fields shared by "new contract" and "edit".
import { defineTexts, useT } from '../../../i18n/i18n.tsx';
import { Field } from '../../../ui/ui.tsx';
import { usePlans } from '../queries.ts';

export interface Terms {
  planId: string;
  validFrom: string;
  validTo: string;
}

const texts = defineTexts({
  ru: {
    plan: 'Вариант обслуживания (план)',
    choose: 'Выберите план',
    validFrom: 'Действует с',
    validTo: 'Действует по',
    validToHint: 'Пусто — бессрочно.',
  },
  en: {
    plan: 'Service option (plan)',
    choose: 'Choose a plan',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    validToHint: 'Empty: no end date.',
  },
});

/** Plan, "valid from" and "valid to" controls bound to `terms`. */
export function ContractTermsFields({ terms, onChange }: { terms: Terms; onChange: (next: Terms) => void }) {
  const t = useT(texts);
  const plans = usePlans();
  return (
    <>
      <Field label={t('plan')}>
        {(p) => (
          <select
            {...p}
            value={terms.planId}
            required
            onChange={(e) => onChange({ ...terms, planId: e.target.value })}
          >
            <option value="">{t('choose')}</option>
            {(plans.data ?? []).map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.name} ({plan.id})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('validFrom')}>
        {(p) => (
          <input
            {...p}
            type="date"
            required
            value={terms.validFrom}
            onChange={(e) => onChange({ ...terms, validFrom: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('validTo')} hint={t('validToHint')}>
        {(p) => (
          <input
            {...p}
            type="date"
            value={terms.validTo}
            onChange={(e) => onChange({ ...terms, validTo: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}
