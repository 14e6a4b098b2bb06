// How urgent a ticket looks in lists: the worst mark among its clocks still counting.
import type { TicketState } from '../tickets/state.ts';

export type TicketAlert = 'warning' | 'breached';

/** 'breached' if a running or paused clock passed its due instant, 'warning' if one passed its threshold, else null. */
export function alertOf(state: Pick<TicketState, 'clocks'>): TicketAlert | null {
  let alert: TicketAlert | null = null;
  for (const clock of Object.values(state.clocks)) {
    if (clock.status !== 'running' && clock.status !== 'paused') continue;
    if (clock.breached) return 'breached';
    if (clock.warned) alert = 'warning';
  }
  return alert;
}
