// Rendering alone: subjects, both parts, links, escaping, threading ids, and the kinds whose rows
// other parts of Srok write (R17 follow-ups, R19 builds, account links).
import { describe, expect, it } from 'vitest';
import { msk } from '../domain/tickets/test-support.ts';
import { escapeHtml, mailDomain, noticeMessageId, renderMail } from './render-mail.ts';
import type { NoticeView } from './view.ts';

const ticket = {
  number: 1042,
  subject: 'Сбой <печати>',
  type: 'incident',
  priority: 'high',
  reactionDueAt: msk('2026-11-23T12:30'),
  solutionDueAt: msk('2026-11-25T10:00'),
  autoCloseAt: null,
};
const view = (over: Partial<NoticeView>): NoticeView => ({
  kind: 'ticket.registered',
  lang: 'ru',
  recipientName: 'Ирина',
  ticket,
  event: null,
  data: {},
  publicUrl: 'https://support.example.ru/',
  timeZone: 'Europe/Moscow',
  ...over,
});
const envelope = {
  outboxId: 7,
  from: 'Срок <noreply@example.ru>',
  to: { name: 'Ирина', address: 'irina@romashka.ru' },
};

describe('renderMail', () => {
  it('registration: number in the subject, deadlines in Moscow time, link, threading ids', () => {
    const m = renderMail(view({}), envelope);
    expect(m.subject).toBe('[SR-1042] Обращение зарегистрировано — Сбой <печати>');
    expect(m.text).toContain('Срок реакции: 23.11.2026, 12:30 (Europe/Moscow)');
    expect(m.text).toContain('Открыть обращение: https://support.example.ru/tickets/1042');
    expect(m.html).toContain('<a href="https://support.example.ru/tickets/1042">Открыть обращение</a>');
    expect(m.threadId).toBe('<ticket-1042@support.example.ru>');
    expect(m.messageId).toBe(noticeMessageId(7, 'IRINA@romashka.ru', 'support.example.ru'));
  });

  it('a follow-up names the closed ticket it continues (R17)', () => {
    const m = renderMail(
      view({ kind: 'ticket.follow_up_registered', event: { type: 'filed', followsUp: 1001 } }),
      envelope,
    );
    expect(m.text).toContain('Обращение SR-1001 уже закрыто');
    expect(m.text).toContain('новое обращение SR-1042');
  });

  it('a build notice lists the customer tickets it fixes, in both languages (R19)', () => {
    const data = { product: 'Срок Сервер', version: '5.2.3', ticketNumbers: [1042, 1077] };
    const ru = renderMail(view({ kind: 'build.published', ticket: null, data }), envelope);
    expect(ru.subject).toBe('Вышла сборка Срок Сервер 5.2.3');
    expect(ru.text).toContain('изменения по вашим обращениям: SR-1042, SR-1077');
    expect(ru.threadId).toBeNull();
    const en = renderMail(view({ kind: 'build.published', ticket: null, data, lang: 'en' }), envelope);
    expect(en.subject).toBe('Срок Сервер 5.2.3 is out');
    expect(en.text).toContain('Hello, Ирина,');
  });

  it('a build notice links each ticket it lists, in the text and the HTML part (R19)', () => {
    const data = { product: 'Срок Сервер', version: '5.2.3', ticketNumbers: [1042, 1077] };
    for (const lang of ['ru', 'en'] as const) {
      const m = renderMail(view({ kind: 'build.published', ticket: null, data, lang }), envelope);
      expect(m.text).toContain(
        'SR-1042: https://support.example.ru/tickets/1042\nSR-1077: https://support.example.ru/tickets/1077',
      );
      expect(m.html).toContain(
        '<ul><li><a href="https://support.example.ru/tickets/1042">SR-1042</a></li><li><a href="https://support.example.ru/tickets/1077">SR-1077</a></li></ul>',
      );
    }
  });

  it('support hears that the customer accepted a solution or withdrew the ticket, in both languages (R11)', () => {
    const accepted = renderMail(
      view({ kind: 'ticket.closed_by_customer', event: { type: 'closed', reason: 'accepted' } }),
      envelope,
    );
    expect(accepted.subject).toBe('[SR-1042] Пользователь принял решение — Сбой <печати>');
    expect(accepted.text).toContain('Пользователь принял предложенное решение по обращению SR-1042');
    const withdrawn = renderMail(
      view({ kind: 'ticket.closed_by_customer', event: { type: 'closed', reason: 'withdrawn' }, lang: 'en' }),
      envelope,
    );
    expect(withdrawn.subject).toBe('[SR-1042] The customer withdrew the ticket — Сбой <печати>');
    expect(withdrawn.text).toContain('The customer withdrew ticket SR-1042; it is closed.');
  });

  it('a merged ticket tells the customer where the work goes on, with a link to it, in both languages', () => {
    const event = { type: 'merged_into', into: { id: 't-2', number: 1077 }, comment: 'Та же ошибка печати' };
    const ru = renderMail(view({ kind: 'ticket.merged', event }), envelope);
    expect(ru.subject).toBe('[SR-1042] Обращение объединено с SR-1077 — Сбой <печати>');
    expect(ru.text).toContain('объединила ваше обращение SR-1042 с обращением SR-1077');
    expect(ru.text).toContain('> Та же ошибка печати');
    expect(ru.text).toContain('Открыть обращение SR-1077: https://support.example.ru/tickets/1077');
    const en = renderMail(view({ kind: 'ticket.merged', event, lang: 'en' }), envelope);
    expect(en.subject).toBe('[SR-1042] Ticket merged into SR-1077 — Сбой <печати>');
    expect(en.html).toContain('<a href="https://support.example.ru/tickets/1077">Open ticket SR-1077</a>');
  });

  it('the assignee of the surviving ticket learns which ticket joined it, in both languages', () => {
    const event = { type: 'merged_from', source: { id: 't-3', number: 1090 } };
    const ru = renderMail(view({ kind: 'ticket.merged_in', event }), envelope);
    expect(ru.subject).toBe('[SR-1042] К обращению присоединено SR-1090 — Сбой <печати>');
    expect(ru.text).toContain('Обращение SR-1090 объединено с обращением SR-1042, назначенным вам');
    const en = renderMail(view({ kind: 'ticket.merged_in', event, lang: 'en' }), envelope);
    expect(en.subject).toBe('[SR-1042] SR-1090 merged into your ticket — Сбой <печати>');
  });

  it('quoted text is escaped in HTML and kept verbatim in plain text', () => {
    const m = renderMail(
      view({
        kind: 'ticket.replied',
        event: { type: 'public_reply', text: 'Попробуйте <script>alert(1)</script>\nи «Ctrl+S»' },
      }),
      envelope,
    );
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&#60;script&#62;');
    expect(m.text).toContain('> Попробуйте <script>alert(1)</script>\n> и «Ctrl+S»');
  });

  it('account links carry the token; an unknown kind still renders', () => {
    const verify = renderMail(
      view({ kind: 'auth.verify_email', ticket: null, data: { token: 'a b' } }),
      envelope,
    );
    expect(verify.text).toContain('https://support.example.ru/verify-email?token=a%20b');
    const unknown = renderMail(view({ kind: 'something.new' }), envelope);
    expect(unknown.subject).toBe('[SR-1042] Уведомление — Сбой <печати>');
  });

  it('helpers: the domain of a bad URL falls back; escaping covers quotes', () => {
    expect(mailDomain('not a url')).toBe('srok.localhost');
    expect(escapeHtml(`"'&`)).toBe('&#34;&#39;&#38;');
  });
});
