// How urgent a ticket looks in lists: the worst mark among its clocks still counting.
import type { TicketState } from '../tickets/state.ts';

export type TicketAlert = 'warning' | 'breached';

/**
 * 'breached' if a running or paused clock passed its due instant, 'warning' if one passed its
 * threshold, else null. The sweeper's flags can lag: with alerts in working hours only, a Friday
 * evening breach is recorded on Monday morning. So with `live`, a running support clock whose due
 * instant (`nextDueAt`, the nearest one) has passed by `now` is breached already.
 */
export function alertOf(
  state: Pick<TicketState, 'clocks'>,
  live?: { nextDueAt: number | null; now: number },
): TicketAlert | null {
  let alert: TicketAlert | null = null;
  for (const clock of Object.values(state.clocks)) {
    if (clock.status !== 'running' && clock.status !== 'paused') continue;
    if (clock.breached) return 'breached';
    if (clock.warned) alert = 'warning';
  }
  if (live && live.nextDueAt !== null && live.nextDueAt <= live.now) return 'breached';
  return alert;
}
