// An organization's contracts: number, plan, period, and whether it is in force today.
import { Link } from 'wouter';
import { defineTexts, useLang, useT } from '../../../i18n/i18n.tsx';
import { Badge } from '../../../ui/ui.tsx';
import type { Contract } from '../admin-api.ts';
import { formatDay } from '../dates.ts';
import { usePlans } from '../queries.ts';

const texts = defineTexts({
  ru: {
    number: 'Номер',
    plan: 'План',
    from: 'С',
    to: 'По',
    state: 'Состояние',
    open: 'бессрочно',
    active: 'действует',
    expired: 'истёк',
    future: 'ещё не начался',
  },
  en: {
    number: 'Number',
    plan: 'Plan',
    from: 'From',
    to: 'To',
    state: 'State',
    open: 'no end date',
    active: 'in force',
    expired: 'expired',
    future: 'not yet in force',
  },
});

function stateOf(c: Contract, today: string): 'active' | 'expired' | 'future' {
  if (c.validFrom > today) return 'future';
  if (c.validTo !== null && c.validTo < today) return 'expired';
  return 'active';
}

/** Lists contracts with links to their contacts. */
export function ContractsTable({ contracts, today }: { contracts: Contract[]; today: string }) {
  const t = useT(texts);
  const { lang } = useLang();
  const day = (d: string) => formatDay(d, lang);
  // Plans are shown by name; the code only until the list has loaded (or for a plan since deleted).
  const plans = usePlans();
  const planName = (id: string) => plans.data?.find((p) => p.id === id)?.name;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('number')}</th>
            <th scope="col">{t('plan')}</th>
            <th scope="col">{t('from')}</th>
            <th scope="col">{t('to')}</th>
            <th scope="col">{t('state')}</th>
          </tr>
        </thead>
        <tbody>
          {contracts.map((c) => {
            const state = stateOf(c, today);
            const plan = planName(c.planId);
            return (
              <tr key={c.id}>
                <td>
                  <Link href={`/admin/contracts/${c.id}`}>{c.number}</Link>
                </td>
                <td className={plan ? undefined : 'mono'}>{plan ?? c.planId}</td>
                <td>{day(c.validFrom)}</td>
                <td>{c.validTo ? day(c.validTo) : t('open')}</td>
                <td>
                  <Badge tone={state === 'active' ? 'ok' : state === 'expired' ? 'bad' : 'neutral'}>
                    {t(state)}
                  </Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
