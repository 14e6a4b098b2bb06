// The administration API's shapes (as the server presents them) and the query keys of the admin area.

export type Role = 'customer' | 'engineer' | 'lead' | 'admin';
export const ROLES: readonly Role[] = ['customer', 'engineer', 'lead', 'admin'];

export const TICKET_TYPES = ['request', 'incident', 'problem'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];
export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const CLOCKS = ['reactionMinutes', 'solutionMinutes', 'progressMinutes'] as const;
export type ClockField = (typeof CLOCKS)[number];

export interface Organization {
  id: string;
  name: string;
  createdAt: string;
}

export interface Contract {
  id: string;
  organizationId: string;
  number: string;
  planId: string;
  validFrom: string;
  validTo: string | null;
}

export interface Contact {
  id: string;
  contractId: string;
  name: string;
  email: string;
  phone: string | null;
  position: string | null;
}

export interface ImportRow {
  line: number;
  status: 'added' | 'valid' | 'invalid';
  contactId?: string;
  name?: string;
  email?: string;
  reasons?: { field?: string; code: string; message: string }[];
}

export interface ImportResult {
  contractId: string;
  dryRun: boolean;
  added: number;
  invalid: number;
  rows: ImportRow[];
}

export type Targets = Record<ClockField, number>;

export interface Plan {
  id: string;
  name: string;
  calendarId: string;
  targets: Record<TicketType, Record<Priority, Targets>>;
  autoCloseDays: number;
  autoCloseReminderDays: number;
  warningPercent: number;
  alertsInWorkingHoursOnly: boolean;
}

export type ExceptionKind = 'holiday' | 'transfer' | 'short' | 'working';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Hours = [string, string];

export interface CalendarItem {
  id: string;
  name: string;
  timeZone: string;
  validFrom: string | null;
  validTo: string | null;
  unconfirmedYears: number[];
  updatedAt: string;
}

export interface CalendarDefinition {
  timeZone: string;
  week: Partial<Record<Weekday, Hours[]>>;
  exceptions?: { date: string; hours: Hours[]; kind?: ExceptionKind; title?: string }[];
  validFrom?: string;
  validTo?: string;
  unconfirmedYears?: number[];
}

export interface Calendar {
  id: string;
  name: string;
  updatedAt: string;
  definition: CalendarDefinition;
}

export interface YearSummary {
  year: number;
  unconfirmed: boolean;
  daysOff: { date: string; kind: ExceptionKind; title?: string }[];
  workingWeekends: string[];
  shortDays: { date: string; hours: Hours[] }[];
  workingDays: number;
  workingHours: number;
}

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  lang: 'ru' | 'en';
  organizationId: string | null;
  emailVerifiedAt: string | null;
  createdAt: string;
}

export interface SiteContent {
  key: 'agreement' | 'contacts';
  lang: 'ru' | 'en';
  body: string;
  isDefault: boolean;
  updatedAt: string | null;
}

export interface Product {
  id: string;
  name: string;
  createdAt: string;
}

export interface BuildFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
  url: string;
}

export interface Build {
  id: string;
  productId: string;
  version: string;
  releasedOn: string;
  notes: string;
  publishedAt: string | null;
  createdAt: string;
  ticketNumbers: number[];
  files: BuildFile[];
}

export interface AuditItem {
  id: number;
  at: string;
  actor: { id: string; name: string | null } | null;
  action: string;
  entity: string;
  entityId: string;
  /** A readable name (user with e-mail, organization, contract number…); null when the id says it all. */
  entityName: string | null;
  payload: unknown;
}

export interface AuditPage {
  items: AuditItem[];
  nextCursor: string | null;
}

export interface MailSummary {
  id: number;
  outboxId: number | null;
  messageId: string;
  recipient: string;
  subject: string;
  createdAt: string;
}

export interface Mail extends MailSummary {
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface MailPage {
  items: MailSummary[];
  nextBefore: number | null;
}

/** Query keys, so a change invalidates exactly the lists it affects. */
export const keys = {
  organizations: ['admin', 'organizations'] as const,
  organization: (id: string) => ['admin', 'organizations', id] as const,
  contracts: (organizationId: string) => ['admin', 'contracts', 'of', organizationId] as const,
  contract: (id: string) => ['admin', 'contracts', id] as const,
  contacts: (contractId: string) => ['admin', 'contacts', contractId] as const,
  plans: ['admin', 'plans'] as const,
  plan: (id: string) => ['admin', 'plans', id] as const,
  calendars: ['admin', 'calendars'] as const,
  calendar: (id: string) => ['admin', 'calendars', id] as const,
  year: (id: string, year: number) => ['admin', 'calendars', id, 'years', year] as const,
  users: (role: string, organizationId = '') => ['admin', 'users', role, organizationId] as const,
  content: (key: string, lang: string) => ['admin', 'content', key, lang] as const,
  products: ['admin', 'products'] as const,
  builds: (productId: string) => ['admin', 'builds', productId] as const,
  mailbox: (to: string) => ['admin', 'mailbox', to] as const,
  mail: (id: string) => ['admin', 'mail', id] as const,
  audit: (entity: string, entityId: string) => ['admin', 'audit', entity, entityId] as const,
};
