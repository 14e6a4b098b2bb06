// Turns a notice for one recipient into a mail: subject «[SR-1042] …», a plain-text and an HTML part
// with the same words, a link back to the ticket, and headers that thread a ticket's mails together.
import { createHash } from 'node:crypto';
import { ticketRef } from '../domain/tickets/ref.ts';
import { formatWhen, labelOf } from './labels.ts';
import { FALLBACK_EN, TEMPLATES_EN } from './templates-en.ts';
import { FALLBACK_RU, TEMPLATES_RU } from './templates-ru.ts';
import type { MailContent, NoticeView, TemplateTools } from './view.ts';

/** A mail ready for the transport or the development mailbox. */
export interface OutgoingMail {
  from: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** The ticket's root id: both In-Reply-To and References, so clients thread the ticket's mails. */
  threadId: string | null;
}

const QUOTE_MAX = 2000;

const WORDS = {
  ru: {
    hello: (n: string) => `Здравствуйте, ${n}!`,
    footer:
      'Письмо отправлено порталом поддержки «Срок». Отвечать на него не нужно: работа по обращению идёт на портале.',
  },
  en: {
    hello: (n: string) => `Hello, ${n},`,
    footer:
      'Sent by the Srok support portal. Please do not reply to this mail: the work on the ticket happens on the portal.',
  },
} as const;

/** The domain part of Srok's message ids: the public URL's host (so ids are stable across instances). */
export function mailDomain(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname || 'srok.localhost';
  } catch {
    return 'srok.localhost';
  }
}

/** The same id for the same outbox row and recipient, every time: a resend is recognisably the same mail. */
export function noticeMessageId(outboxId: number, recipient: string, domain: string): string {
  const who = createHash('sha256').update(recipient.toLowerCase()).digest('hex').slice(0, 16);
  return `<notice-${outboxId}-${who}@${domain}>`;
}

/** The id every mail of a ticket refers to, e.g. <ticket-1042@srok.example>. */
export function ticketThreadId(number: number, domain: string): string {
  return `<ticket-${number}@${domain}>`;
}

/** The mail of `view` for one recipient. */
export function renderMail(
  view: NoticeView,
  envelope: { outboxId: number; from: string; to: { name: string; address: string } },
): OutgoingMail {
  const domain = mailDomain(view.publicUrl);
  const content = contentOf(view);
  const number = view.ticket?.number;
  const words = WORDS[view.lang];
  return {
    from: envelope.from,
    to: envelope.to,
    subject: subjectOf(view, content),
    text: renderText(content, words.hello(view.recipientName), words.footer),
    html: renderHtml(content, words.hello(view.recipientName), words.footer, view.lang),
    messageId: noticeMessageId(envelope.outboxId, envelope.to.address, domain),
    threadId: number === undefined ? null : ticketThreadId(number, domain),
  };
}

/** The subject alone, worded as renderMail words it: the title of the notice in the portal list. */
export function renderSubject(view: NoticeView): string {
  return subjectOf(view, contentOf(view));
}

function subjectOf(view: NoticeView, content: MailContent): string {
  const number = view.ticket?.number;
  const head = number === undefined ? '' : `[${ticketRef(number)}] `;
  const tail = view.ticket ? ` — ${view.ticket.subject}` : '';
  return oneLine(`${head}${content.title}${tail}`).slice(0, 200);
}

function contentOf(view: NoticeView): MailContent {
  const templates = view.lang === 'en' ? TEMPLATES_EN : TEMPLATES_RU;
  const template = templates[view.kind] ?? (view.lang === 'en' ? FALLBACK_EN : FALLBACK_RU);
  const base = view.publicUrl.replace(/\/+$/, '');
  const tools: TemplateTools = {
    when: (ms) => formatWhen(view.lang, typeof ms === 'number' ? ms : null, view.timeZone),
    label: (group, value) => labelOf(view.lang, group, value),
    ref: (n) => (typeof n === 'number' ? ticketRef(n) : '—'),
    ticketUrl: view.ticket ? `${base}/tickets/${view.ticket.number}` : `${base}/`,
    urlOf: (n) => (typeof n === 'number' ? `${base}/tickets/${n}` : `${base}/`),
    text: (field) => clip(view.event?.[field]),
  };
  return template({ ...view, publicUrl: base }, tools);
}

function renderText(c: MailContent, hello: string, footer: string): string {
  const parts = [hello, ...c.lines];
  if (c.quote)
    parts.push(
      c.quote
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
    );
  if (c.links?.length) parts.push(c.links.map((l) => `${l.label}: ${l.url}`).join('\n'));
  if (c.link) parts.push(`${c.link.label}: ${c.link.url}`);
  parts.push(`-- \n${footer}`);
  return `${parts.join('\n\n')}\n`;
}

function renderHtml(c: MailContent, hello: string, footer: string, lang: string): string {
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const quote = c.quote
    ? `<blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #ccc;white-space:pre-wrap">${escapeHtml(c.quote)}</blockquote>`
    : '';
  const anchor = (l: { label: string; url: string }) =>
    `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`;
  const links = c.links?.length ? `<ul>${c.links.map((l) => `<li>${anchor(l)}</li>`).join('')}</ul>` : '';
  const link = c.link ? `<p>${anchor(c.link)}</p>` : '';
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(c.title)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.4">',
    p(hello),
    ...c.lines.map(p),
    quote,
    links,
    link,
    `<hr><p style="color:#666;font-size:smaller">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
}

/** Text safe inside HTML elements and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function clip(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.length > QUOTE_MAX ? `${value.slice(0, QUOTE_MAX)}…` : value;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
