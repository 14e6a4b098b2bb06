// What the customer types into the new-ticket form, its checks before sending, and the request body.
import type { Priority, TicketType } from '../../../ticket-list/types.ts';

export interface Draft {
  type: TicketType | '';
  priority: Priority;
  product: string;
  build: string;
  subject: string;
  description: string;
}

export type DraftField = keyof Draft;
export type DraftProblem =
  | 'typeRequired'
  | 'subjectRequired'
  | 'subjectTooLong'
  | 'descriptionRequired'
  | 'descriptionTooLong'
  | 'productTooLong'
  | 'buildTooLong';

export const EMPTY_DRAFT: Draft = {
  type: '',
  priority: 'normal',
  product: '',
  build: '',
  subject: '',
  description: '',
};

/** The same limits the server checks (request-schemas.ts), so most mistakes are caught before sending. */
export const LIMITS = { subject: 300, description: 20_000, product: 200, build: 100 } as const;

/** The fields that cannot be sent as they are, with what is wrong with each. */
export function checkDraft(d: Draft): Partial<Record<DraftField, DraftProblem>> {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  if (!d.type) problems.type = 'typeRequired';
  if (!d.subject.trim()) problems.subject = 'subjectRequired';
  else if (d.subject.trim().length > LIMITS.subject) problems.subject = 'subjectTooLong';
  if (!d.description.trim()) problems.description = 'descriptionRequired';
  else if (d.description.trim().length > LIMITS.description) problems.description = 'descriptionTooLong';
  if (d.product.trim().length > LIMITS.product) problems.product = 'productTooLong';
  if (d.build.trim().length > LIMITS.build) problems.build = 'buildTooLong';
  return problems;
}

/** The body of POST /api/tickets; empty product and build are left out. */
export function draftBody(d: Draft): Record<string, string> {
  return {
    type: d.type,
    priority: d.priority,
    subject: d.subject.trim(),
    description: d.description.trim(),
    ...(d.product.trim() ? { product: d.product.trim() } : {}),
    ...(d.build.trim() ? { build: d.build.trim() } : {}),
  };
}
