// @vitest-environment happy-dom
// The SLA panel: each clock's state in words, the due instant, and "why this deadline" drawn with a
// pause and a holiday, and told again as text.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test-setup.tsx';
import { clockState } from './sla/clock-state.ts';
import { SlaTimeline } from './sla/sla-timeline.tsx';
import { buildTimeline, tickStep } from './sla/timeline-model.ts';
import { SlaPanel } from './sla-panel.tsx';
import { CAPTURED_AT, ticketFixture } from './test-fixtures.ts';
import type { Clock } from './types.ts';

afterEach(cleanup);

const sla = () => ticketFixture().sla;
const clock = (name: string): Clock => {
  const c = sla().clocks.find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
};
const card = (name: string) => screen.getByRole('heading', { name }).closest('li') as HTMLElement;

describe('clock states', () => {
  it.each([
    ['a clock before its warning instant is on track', { status: 'running' }, 'ok'],
    ['past the warning instant it warns', { status: 'running', warnAt: '2026-05-06T06:00:00Z' }, 'warning'],
    ['an overdue clock is breached', { status: 'running', breached: true }, 'breached'],
    ['a goal reached in time is met', { status: 'met' }, 'met'],
    ['waiting for the customer pauses it', { status: 'paused', dueAt: null }, 'paused'],
    ['a clock called off is stopped', { status: 'stopped' }, 'stopped'],
  ] as const)('%s', (_title, patch, expected) => {
    expect(clockState({ ...clock('solution'), ...patch }, CAPTURED_AT)).toBe(expected);
  });

  it('customers get no warning instant, so their clock stays on track until it is due', () => {
    expect(clockState({ ...clock('progress'), warnAt: null }, CAPTURED_AT)).toBe('ok');
  });
});

describe('SlaPanel', () => {
  it('shows each started clock with its state and due instant in words', () => {
    renderWithProviders(<SlaPanel sla={sla()} now={CAPTURED_AT} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Сроки по соглашению' })).toBeTruthy();
    const reaction = card('Реакция');
    expect(within(reaction).getByText('выполнена')).toBeTruthy();
    expect(within(reaction).getByText(/Дата выполнения: 30 апреля, 10:00/)).toBeTruthy();
    const solution = card('Решение');
    expect(within(solution).getByText('в норме')).toBeTruthy();
    expect(within(solution).getByText('Срок: 6 мая, 16:00')).toBeTruthy();
    expect(
      within(solution).getByText(/Израсходовано 10 ч из 16 ч рабочего времени; осталось 6 ч/),
    ).toBeTruthy();
    // The progress clock is past its warning instant (09:24) at 10:00.
    expect(within(card('Сообщение о ходе работ')).getByText('предупреждение')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Автозакрытие' })).toBeNull();
  });

  it('says a paused clock waits for the customer, and a breached one is breached', () => {
    const s = sla();
    s.clocks = s.clocks.map((c) =>
      c.name === 'solution'
        ? { ...c, status: 'paused', dueAt: null, dueAtLocal: null }
        : c.name === 'progress'
          ? { ...c, breached: true, remainingMinutes: -30 }
          : c,
    );
    renderWithProviders(<SlaPanel sla={s} now={CAPTURED_AT} />);
    expect(within(card('Решение')).getByText('на паузе')).toBeTruthy();
    expect(within(card('Решение')).getByText(/время ожидания не считается/)).toBeTruthy();
    expect(within(card('Сообщение о ходе работ')).getByText('нарушено')).toBeTruthy();
    expect(within(card('Сообщение о ходе работ')).getByText(/просрочено на 30 мин/)).toBeTruthy();
  });

  it.each([
    ['reaction', 'Реакция', 'breached', 'нарушена'],
    ['solution', 'Решение', 'met', 'выполнено'],
    ['solution', 'Решение', 'breached', 'нарушено'],
    ['auto_close', 'Автозакрытие', 'stopped', 'остановлено'],
    ['auto_close', 'Автозакрытие', 'met', 'выполнено'],
  ] as const)('the state of %s agrees with its name: «%s — …»', (name, heading, status, word) => {
    const s = sla();
    const base = s.clocks.find((c) => c.name === 'solution') as Clock;
    const others = s.clocks.filter((c) => c.name !== name);
    const own = s.clocks.find((c) => c.name === name) ?? { ...base, name, basis: 'calendar_days' as const };
    s.clocks = [...others, { ...own, status, stoppedAt: '2026-05-05T09:00:00.000Z' }];
    renderWithProviders(<SlaPanel sla={s} now={CAPTURED_AT} />);
    expect(within(card(heading)).getByText(word)).toBeTruthy();
    expect(within(card(heading)).queryByText(/^(нарушен|выполнен|остановлен)$/)).toBeNull();
  });

  it('writes a share of calendar days with the language’s decimal mark', () => {
    const s = sla();
    const base = s.clocks.find((c) => c.name === 'solution') as Clock;
    const autoClose: Clock = {
      ...base,
      name: 'auto_close',
      basis: 'calendar_days',
      status: 'running',
      consumedMinutes: 3600,
      targetMinutes: 15 * 1440,
      explanation: null,
    };
    s.clocks = [...s.clocks.filter((c) => c.name !== 'auto_close'), autoClose];
    renderWithProviders(<SlaPanel sla={s} now={CAPTURED_AT} />);
    expect(within(card('Автозакрытие')).getByText('Прошло 2,5 из 15 календарных дней')).toBeTruthy();
  });

  it('draws the pause and the holiday, with a legend and a text equivalent', () => {
    renderWithProviders(<SlaPanel sla={sla()} now={CAPTURED_AT} />);
    const solution = card('Решение');
    expect(within(solution).getByText('Почему такой срок')).toBeTruthy();
    const drawing = within(solution).getByRole('img');
    expect(drawing.getAttribute('aria-label')).toMatch(/16 ч рабочего времени/);
    expect(drawing.querySelectorAll('.tl-pause').length).toBeGreaterThanOrEqual(5);
    expect(drawing.querySelectorAll('.tl-off').length).toBe(3); // 1 May holiday, 2–3 May weekend
    expect(within(drawing).getByText('Праздник Весны и Труда')).toBeTruthy();
    expect(within(solution).getByRole('list', { name: 'Обозначения' }).textContent).toMatch(
      /пауза: ожидание ответа пользователя/,
    );

    const rows = within(solution).getAllByRole('row');
    const text = rows.map((r) => r.textContent ?? '');
    expect(text.find((r) => r.includes('1 мая'))).toMatch(/праздник: Праздник Весны и Труда/);
    expect(text.find((r) => r.includes('30 апр'))).toMatch(/09:00–10:00 \(1 ч\).*10:00–24:00.*сокращённый/);
    expect(text.find((r) => r.includes('5 мая'))).toMatch(/11:00–17:00 \(6 ч\).*00:00–11:00/);
    expect(text.find((r) => r.includes('6 мая'))).toMatch(/срок в 16:00/);
  });

  it('speaks English when asked', () => {
    renderWithProviders(<SlaPanel sla={sla()} now={CAPTURED_AT} />, { lang: 'en' });
    expect(within(card('Solution')).getByText('Due: 6 May, 16:00')).toBeTruthy();
    expect(within(card('Reaction')).getByText('met')).toBeTruthy();
    expect(within(card('Reaction')).getByText(/Met: 30 April, 10:00/)).toBeTruthy();
  });
});

describe('buildTimeline', () => {
  it('has one row per calendar day from the start to the due instant', () => {
    const explanation = clock('solution').explanation;
    if (!explanation) throw new Error('no explanation');
    const t = buildTimeline(explanation);
    expect(t.rows.map((r) => r.date)).toEqual([
      '2026-04-29',
      '2026-04-30',
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
    ]);
    expect(t.rows[0]).toMatchObject({ startsAt: 15 * 60, work: [{ start: 900, end: 1020 }] });
    expect(t.rows.at(-1)).toMatchObject({ endsAt: 16 * 60, workMinutes: 7 * 60 });
    expect(t.rows[5]).toMatchObject({ kind: 'working', work: [], pauses: [{ start: 0, end: 1440 }] });
    expect(t.window).toEqual({ start: 8 * 60, end: 18 * 60 });
  });
});

describe('the timeline axis', () => {
  // 08:00–18:00 on a track 210 px wide, as in the ticket page's side column at 1280 px, with labels
  // 32 px wide: two-hour labels would collide («08:0010:00»), three-hour ones fit.
  it.each([
    ['unknown width: every two hours', 600, 0, 56, 120],
    ['the side column: every three hours', 600, 210, 56, 180],
    ['a phone or a wide column: every two hours', 600, 600, 56, 120],
    ['a whole day on a narrow track: every four hours', 1440, 400, 56, 240],
    ['a very narrow track: only the ends', 600, 40, 56, 600],
  ])('%s', (_title, span, width, room, step) => {
    expect(tickStep(span, width, room)).toBe(step);
  });

  it('labels only the hours that fit the measured width, the ends inside the track', () => {
    const explanation = clock('solution').explanation;
    if (!explanation) throw new Error('no explanation');
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(210);
    const label = vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(32);
    try {
      const { container } = renderWithProviders(
        <SlaTimeline explanation={explanation} zone="Europe/Moscow" />,
      );
      const ticks = [...container.querySelectorAll('.tl-tick')];
      expect(ticks.map((t) => t.textContent)).toEqual(['08:00', '11:00', '14:00', '17:00']);
      expect(ticks[0]?.className).toContain('tl-tick-start');
    } finally {
      width.mockRestore();
      label.mockRestore();
    }
  });
});
