// Per-user request budgets of the ticket API (by address for anonymous callers): generous for people,
// tight enough that a runaway script cannot flood the queue or the history. An installation whose
// integrations need more sets SROK_RATE_LIMIT_READ / SROK_RATE_LIMIT_WRITE.

/** Requests a minute per user: reading tickets, and filing or acting on them. */
export interface TicketBudgets {
  read: number;
  write: number;
}

export const DEFAULT_BUDGETS: TicketBudgets = { read: 600, write: 120 };

/** Route config for reading tickets. */
export const readLimit = (budgets: TicketBudgets = DEFAULT_BUDGETS) => ({
  rateLimit: { max: budgets.read, timeWindow: '1 minute' },
});

/** Route config for filing and acting on tickets. */
export const writeLimit = (budgets: TicketBudgets = DEFAULT_BUDGETS) => ({
  rateLimit: { max: budgets.write, timeWindow: '1 minute' },
});
