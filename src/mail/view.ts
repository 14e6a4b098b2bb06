// What a mail template reads (built by the delivery worker) and what it returns (rendered by render-mail.ts).
import type { Lang } from '../i18n/index.ts';

/** The ticket as a notice shows it. */
export interface TicketView {
  number: number;
  subject: string;
  type: string;
  priority: string;
  reactionDueAt: number | null;
  solutionDueAt: number | null;
  autoCloseAt: number | null;
}

/** Everything one notice to one recipient may say. */
export interface NoticeView {
  kind: string;
  lang: Lang;
  recipientName: string;
  ticket: TicketView | null;
  /** The ticket event that caused the notice: its type and payload fields. */
  event: Readonly<Record<string, unknown>> | null;
  /** The outbox row's payload (a link token, a build's product and version …). */
  data: Readonly<Record<string, unknown>>;
  publicUrl: string;
  /** The zone instants are written in: the plan's calendar zone (Europe/Moscow by default). */
  timeZone: string;
}

/** A template's answer: a title (the subject after the ticket number), paragraphs, a quoted text, links. */
export interface MailContent {
  title: string;
  lines: string[];
  quote?: string;
  /** Several pages the notice concerns (a build's tickets), listed before `link`. */
  links?: { label: string; url: string }[];
  link?: { label: string; url: string };
}

/** Helpers a template uses so that it stays a list of sentences. */
export interface TemplateTools {
  when(ms: unknown): string;
  label(group: string, value: unknown): string;
  ref(number: unknown): string;
  /** The ticket's page on the portal, or the portal's front page. */
  ticketUrl: string;
  /** The page of another ticket, by its number (the portal's front page for none). */
  urlOf(number: unknown): string;
  text(field: string): string;
}

export type Template = (v: NoticeView, t: TemplateTools) => MailContent;
