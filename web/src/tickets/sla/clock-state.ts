// What a clock's badge says at a glance: on track, warning, breached, met, paused…
import type { Clock, ClockName } from '../types.ts';

export type ClockState =
  | 'ok'
  | 'warning'
  | 'breached'
  | 'met'
  | 'paused'
  | 'stopped'
  | 'inactive'
  | 'counting';

/**
 * The state of a clock at `now`. A warning needs support's warning instant, which customers do not
 * get; the auto-close clock is a countdown, never "on track" or "breached".
 */
export function clockState(c: Clock, now: number): ClockState {
  if (c.name === 'auto_close') {
    if (c.status === 'running') return 'counting';
    return c.status === 'met' || c.status === 'breached'
      ? 'met'
      : c.status === 'inactive'
        ? 'inactive'
        : 'stopped';
  }
  if (c.breached || c.status === 'breached') return 'breached';
  if (c.status === 'met') return 'met';
  if (c.status === 'paused') return 'paused';
  if (c.status === 'stopped') return 'stopped';
  if (c.status === 'inactive') return 'inactive';
  if (c.warnAt !== null && now >= Date.parse(c.warnAt)) return 'warning';
  return 'ok';
}

/** The badge colour of a state. */
export function stateTone(state: ClockState): 'neutral' | 'info' | 'ok' | 'warn' | 'bad' {
  switch (state) {
    case 'breached':
      return 'bad';
    case 'warning':
      return 'warn';
    case 'met':
    case 'ok':
      return 'ok';
    case 'paused':
    case 'counting':
      return 'info';
    default:
      return 'neutral';
  }
}

/** Russian clock names by gender: «Реакция» is feminine, «Решение», «Сообщение…», «Автозакрытие» neuter. */
const FEMININE: ReadonlySet<ClockName> = new Set(['reaction']);

/** The key of a state's word that agrees with the clock's name («Реакция — выполнена», «Решение — выполнено»). */
export function stateWordKey(state: ClockState, clock: ClockName) {
  switch (state) {
    case 'breached':
    case 'met':
    case 'stopped':
    case 'inactive':
      return `state.${state}.${FEMININE.has(clock) ? 'f' : 'n'}` as const;
    default:
      return `state.${state}` as const;
  }
}
