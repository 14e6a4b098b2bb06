// Every notice kind Srok sends (R4, R11, R12, R16, R19): who it is for and whether the agreement
// requires it. Users may switch off e-mail for the optional ones; the portal list always shows them.

/** Who a kind speaks to: the customer's representative, support staff, or an account holder. */
export type NoticeAudience = 'customer' | 'support' | 'account';

/** One kind of notice in the catalog. */
export interface NoticeKind {
  kind: string;
  audience: NoticeAudience;
  /** Required by the agreement (registration R12, solution R4.3/R16, auto-close R16): always mailed. */
  required: boolean;
}

const customer = (kind: string, required = false): NoticeKind => ({ kind, audience: 'customer', required });
const support = (kind: string): NoticeKind => ({ kind, audience: 'support', required: false });
const account = (kind: string): NoticeKind => ({ kind, audience: 'account', required: true });

/** The catalog, in the order the preferences page lists it. */
export const NOTICE_KINDS: readonly NoticeKind[] = [
  customer('ticket.registered', true),
  customer('ticket.follow_up_registered', true),
  customer('ticket.replied'),
  customer('ticket.info_requested'),
  customer('ticket.solution_proposed', true),
  customer('ticket.auto_close_reminder'),
  customer('ticket.auto_closed', true),
  // Closing a customer's ticket is never a silent choice: they must learn where the work went on.
  customer('ticket.merged', true),
  customer('ticket.parameters_changed'),
  customer('ticket.dispute_answered'),
  customer('build.published'),
  support('ticket.new'),
  support('ticket.customer_answered'),
  support('ticket.closed_by_customer'),
  support('ticket.merged_in'),
  support('ticket.dispute_opened'),
  support('ticket.assigned'),
  support('ticket.unassigned'),
  support('sla.reaction.warning'),
  support('sla.solution.warning'),
  support('sla.progress.warning'),
  support('sla.reaction.breached'),
  support('sla.solution.breached'),
  support('sla.progress.due'),
  account('auth.verify_email'),
  account('auth.password_reset'),
];

const byKind = new Map(NOTICE_KINDS.map((k) => [k.kind, k]));

/** The catalog entry of a kind; an unknown kind is treated as an optional customer notice. */
export function describeKind(kind: string): NoticeKind {
  return (
    byKind.get(kind) ?? { kind, audience: kind.startsWith('sla.') ? 'support' : 'customer', required: false }
  );
}

/** Whether the kind is in the catalog. */
export function isKnownKind(kind: string): boolean {
  return byKind.has(kind);
}

/** The kinds a user of this role may choose about (account mails are not a choice). */
export function kindsForRole(role: 'customer' | 'engineer' | 'lead' | 'admin'): NoticeKind[] {
  const audiences: NoticeAudience[] =
    role === 'customer' ? ['customer'] : role === 'admin' ? ['customer', 'support'] : ['support'];
  return NOTICE_KINDS.filter((k) => audiences.includes(k.audience));
}

/** Whether the user gets this kind by e-mail, given their saved choice (no choice means yes). */
export function wantsMail(kind: string, choice: boolean | undefined): boolean {
  return describeKind(kind).required || choice !== false;
}
