// The SLA domain's public surface: clock states, their views, stored deadlines, explanations, sweeps.
export type { ClockOutcome, ClockState, ClockStatus } from './clock.ts';
export { type Deadlines, nextDeadlines, SUPPORT_CLOCKS } from './deadlines.ts';
export { type ClockExplanation, explainClock } from './explain-clock.ts';
export { decideSweep } from './sweep.ts';
export {
  type ClockView,
  type ClockViewStatus,
  computeClocks,
  measureClock,
  type SlaContext,
  viewClock,
} from './view-clock.ts';
