// The module path the command layer imports clock views and stored deadlines from; the code lives in
// view-clock.ts and deadlines.ts, and this keeps that path and its `computeDeadlines` name working.
export { type Deadlines, nextDeadlines as computeDeadlines, nextDeadlines } from './deadlines.ts';
export {
  type ClockView,
  type ClockViewStatus,
  computeClocks,
  type SlaContext,
  viewClock,
} from './view-clock.ts';
