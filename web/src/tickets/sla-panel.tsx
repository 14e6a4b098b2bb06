// The SLA panel of a ticket page: the plan, each clock with its deadline, time used and why.
import { useT } from '../i18n/i18n.tsx';
import { SlaClock } from './sla/sla-clock.tsx';
import { slaTexts } from './sla/sla-texts.ts';
import type { Sla } from './types.ts';
import './sla/sla.css';

/** Shows every clock that has started (reaction, solution, progress, auto-close) and the plan they follow. */
export function SlaPanel({
  sla,
  now = sla.now ? Date.parse(sla.now) : Date.now(),
}: {
  sla: Sla;
  now?: number;
}) {
  const t = useT(slaTexts);
  const clocks = sla.clocks.filter((c) => c.status !== 'inactive');
  return (
    <section className="card sla-panel" aria-labelledby="sla-title">
      <h2 id="sla-title">{t('title')}</h2>
      <p className="muted">{t('planLine', { plan: sla.plan.name, zone: sla.calendar.timeZone })}</p>
      {clocks.length === 0 ? (
        <p>{t('noClocks')}</p>
      ) : (
        <ul className="sla-clocks">
          {clocks.map((c) => (
            <SlaClock key={c.name} clock={c} zone={sla.calendar.timeZone} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
