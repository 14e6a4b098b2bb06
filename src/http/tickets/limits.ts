// Per-user request budgets of the ticket API (by address for anonymous callers): generous for people,
// tight enough that a runaway script cannot flood the queue or the history.

/** Route config for reading tickets. */
export const READ_LIMIT = { rateLimit: { max: 600, timeWindow: '1 minute' } };

/** Route config for filing and acting on tickets. */
export const WRITE_LIMIT = { rateLimit: { max: 120, timeWindow: '1 minute' } };
