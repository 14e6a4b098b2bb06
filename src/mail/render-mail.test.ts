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

  it('the former assignee hears the ticket left them, in both languages', () => {
    const ru = renderMail(view({ kind: 'ticket.unassigned' }), envelope);
    expect(ru.subject).toBe('[SR-1042] Обращение больше не назначено вам — Сбой <печати>');
    expect(ru.text).toContain('Обращение SR-1042 больше не назначено вам');
    const en = renderMail(view({ kind: 'ticket.unassigned', lang: 'en' }), envelope);
    expect(en.text).toContain('Ticket SR-1042 is no longer assigned to you');
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

  it.each([
    [
      'information',
      'служба поддержки просит вас прислать дополнительную информацию (сценарий и данные, воспроизводящие ситуацию).',
      'support asks you to send more information (a scenario and data that reproduce the situation).',
    ],
    [
      'try_build',
      'служба поддержки просит вас установить и проверить специально подготовленную сборку.',
      'support asks you to install and try a specially prepared build.',
    ],
    [
      'change_settings',
      'служба поддержки просит вас изменить настройки продукта или системы либо условия эксплуатации.',
      'support asks you to change the settings of the product or the system, or the operating conditions.',
    ],
    [
      'clarify_usage',
      'служба поддержки просит вас уточнить, как используется продукт.',
      'support asks you to clarify how the product is used.',
    ],
    [
      'fix_scenario',
      'служба поддержки просит вас исправить сценарий, не входящий в продукт.',
      'support asks you to correct a scenario that is not part of the product.',
    ],
  ])('an information request of kind %s reads as a sentence in both languages (R13)', (kind, ru, en) => {
    const event = { type: 'info_requested', kind, text: 'Подробности' };
    const mail = (lang: 'ru' | 'en') =>
      renderMail(view({ kind: 'ticket.info_requested', event, lang }), envelope);
    expect(mail('ru').text).toContain(`Чтобы продолжить работу по обращению SR-1042, ${ru}`);
    expect(mail('en').text).toContain(`To continue work on ticket SR-1042, ${en}`);
  });

  const changed = {
    type: 'parameters_changed',
    changes: { type: 'problem', priority: 'critical', planId: 'extended' },
    previous: { type: 'incident', priority: 'high', planId: 'standard' },
    reason: 'Остановлена работа склада',
    planNames: { standard: 'Стандартный', extended: 'Расширенный' },
  };

  it('a parameter change tells the customer each old → new value, the reason, then the new deadlines (R15)', () => {
    const m = renderMail(view({ kind: 'ticket.parameters_changed', event: changed }), envelope);
    expect(m.subject).toBe('[SR-1042] Изменены параметры обращения — Сбой <печати>');
    const lines = [
      'Служба поддержки изменила параметры обращения SR-1042:',
      'Тип: Инцидент → Проблема',
      'Приоритет: высокий → критический',
      'Вариант обслуживания: Стандартный → Расширенный',
      'Причина: Остановлена работа склада',
      'Сроки теперь: реакции — 23.11.2026, 12:30 (Europe/Moscow); предложения решения — 25.11.2026, 10:00 (Europe/Moscow).',
      'Если вы не согласны, откройте спор на странице обращения',
    ];
    const at = lines.map((l) => m.text.indexOf(l));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(m.html).toContain('<p>Вариант обслуживания: Стандартный → Расширенный</p>');
  });

  it('a parameter change in English names the same changes (R15)', () => {
    const m = renderMail(view({ kind: 'ticket.parameters_changed', event: changed, lang: 'en' }), envelope);
    for (const line of [
      'Support changed the parameters of ticket SR-1042:',
      'Type: Incident → Problem',
      'Priority: high → critical',
      'Service option: Стандартный → Расширенный',
      'Reason: Остановлена работа склада',
      'Deadlines now: reaction — 23/11/2026, 12:30 (Europe/Moscow); solution — 25/11/2026, 10:00 (Europe/Moscow).',
    ])
      expect(m.text).toContain(line);
  });

  it('a manual deadline shows the old and new instant, or its return to the plan; a plan without a name shows its id (R15)', () => {
    const event = {
      type: 'parameters_changed',
      changes: { deadline: { clock: 'solution', dueAt: msk('2026-11-27T15:00') }, planId: 'gone' },
      previous: { deadline: { clock: 'solution', dueAt: msk('2026-11-25T10:00') }, planId: 'standard' },
      reason: 'Нужен стенд заказчика',
      planNames: { standard: 'Стандартный' },
    };
    const ru = renderMail(view({ kind: 'ticket.parameters_changed', event }), envelope);
    expect(ru.text).toContain(
      'Срок предложения решения: 25.11.2026, 10:00 (Europe/Moscow) → 27.11.2026, 15:00 (Europe/Moscow)',
    );
    expect(ru.text).toContain('Вариант обслуживания: Стандартный → gone');
    const en = renderMail(view({ kind: 'ticket.parameters_changed', event, lang: 'en' }), envelope);
    expect(en.text).toContain(
      'Solution deadline: 25/11/2026, 10:00 (Europe/Moscow) → 27/11/2026, 15:00 (Europe/Moscow)',
    );
    const back = {
      type: 'parameters_changed',
      changes: { deadline: { clock: 'reaction', dueAt: null } },
      previous: { deadline: { clock: 'reaction', dueAt: msk('2026-11-24T10:00') } },
      reason: 'Ошибка',
    };
    expect(renderMail(view({ kind: 'ticket.parameters_changed', event: back }), envelope).text).toContain(
      'Срок реакции: 24.11.2026, 10:00 (Europe/Moscow) → по варианту обслуживания',
    );
    expect(
      renderMail(view({ kind: 'ticket.parameters_changed', event: back, lang: 'en' }), envelope).text,
    ).toContain("Reaction deadline: 24/11/2026, 10:00 (Europe/Moscow) → the service option's deadline");
  });

  it('an older deadline_set event still says which deadline was set and why (R15)', () => {
    const event = {
      type: 'deadline_set',
      clock: 'progress',
      dueAt: msk('2026-11-24T12:00'),
      reason: 'По договорённости',
    };
    const m = renderMail(view({ kind: 'ticket.parameters_changed', event }), envelope);
    expect(m.text).toContain('Срок сообщения о ходе работ: 24.11.2026, 12:00 (Europe/Moscow)');
    expect(m.text).toContain('Причина: По договорённости');
  });
});
