// The ticket domain's public surface.
export type { TicketAction, TicketCommand } from './commands.ts';
export { CUSTOMER_ACTIONS, CUSTOMER_MESSAGES } from './commands.ts';
export { type DecideContext, decide } from './decide.ts';
export {
  type ClockAction,
  type ClockEvent,
  type EventDraft,
  isVisibleToCustomer,
  type ManualDeadline,
  type ParameterChanges,
  PUBLIC_SUPPORT_EVENTS,
  type TicketEvent,
  type TicketEventType,
} from './events.ts';
export { authorize, mayIssue } from './policy.ts';
export { ticketRef } from './ref.ts';
export { evolve, replay, type TicketState } from './state.ts';
export * from './types.ts';
