// A ticket as GET /api/tickets/{number} answered it for a lead (captured from the real server): filed
// on 29 April 2026, information requested on the 30th, the customer answered on 5 May — so the
// solution clock's explanation has a pause over the May holiday and the weekend.
import type { User } from '../api/types.ts';
import type { FollowUp, Ticket } from './types.ts';

/** A JSON answer of the stubbed server. */
export const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A signed-in user of the role; customers belong to the captured ticket's organization. */
export const person = (id: string, role: User['role'], name: string): User => ({
  id,
  email: `${id}@srok.example`,
  name,
  role,
  lang: 'ru',
  organizationId: role === 'customer' ? 'org-1' : null,
  emailVerified: true,
});

/** The server's 201 when a customer's message on the closed ticket 1000 registered ticket 1001 (R17). */
export const followUpFixture = (): FollowUp => ({
  followsUp: 1000,
  followUp: {
    id: 't-2',
    number: 1001,
    status: 'new',
    deadlines: { reaction: null, solution: null, progress: null, autoClose: null },
  },
});

/** A fresh copy of the captured ticket, with `overrides` on top. */
export function ticketFixture(overrides: Partial<Ticket> = {}): Ticket {
  return { ...structuredClone(CAPTURED), ...overrides };
}

/** The instant the ticket was captured at: 6 May 2026, 10:00 Moscow time. */
export const CAPTURED_AT = Date.parse('2026-05-06T07:00:00Z');

const CAPTURED: Ticket = {
  id: 't-1',
  number: 1000,
  type: 'incident',
  priority: 'normal',
  status: 'in_progress',
  subject: 'Не сохраняется отчёт о продажах',
  organization: {
    id: 'org-1',
    name: 'ООО «Ромашка» 67661694',
  },
  requester: {
    id: 'u-customer',
    name: 'Ирина Петрова',
  },
  assignee: {
    id: 'u-engineer',
    name: 'Анна Инженер',
  },
  cycle: 1,
  openDispute: false,
  version: 6,
  createdAt: '2026-04-29T12:00:00.000Z',
  updatedAt: '2026-05-05T09:00:00.000Z',
  closedAt: null,
  nextDueAt: '2026-05-06T08:00:00.000Z',
  deadlines: {
    reaction: null,
    solution: '2026-05-06T13:00:00.000Z',
    progress: '2026-05-06T08:00:00.000Z',
    autoClose: null,
  },
  description: 'При сохранении отчёта появляется ошибка 0x80.\nВерсия 5.2.',
  product: 'Срок Аналитика',
  build: '5.2.0',
  newerBuild: null,
  resolvedInBuilds: [],
  closeReason: null,
  dispute: null,
  followsUp: null,
  followUps: [],
  conversation: [
    {
      seq: 1,
      type: 'filed',
      at: '2026-04-29T12:00:00.000Z',
      actor: {
        id: 'u-customer',
        role: 'customer',
        name: 'Ирина Петрова',
      },
      subject: 'Не сохраняется отчёт о продажах',
      text: 'При сохранении отчёта появляется ошибка 0x80.\nВерсия 5.2.',
      ticketType: 'incident',
      priority: 'high',
    },
    {
      seq: 4,
      type: 'assigned',
      at: '2026-04-29T12:30:00.000Z',
      actor: {
        id: 'u-engineer',
        role: 'engineer',
        name: 'Анна Инженер',
      },
      assignee: {
        id: 'u-engineer',
        name: 'Анна Инженер',
      },
    },
    {
      seq: 6,
      type: 'internal_note',
      at: '2026-04-29T12:40:00.000Z',
      actor: {
        id: 'u-engineer',
        role: 'engineer',
        name: 'Анна Инженер',
      },
      text: 'Похоже на ошибку сериализации в 5.2',
    },
    {
      seq: 7,
      type: 'info_requested',
      at: '2026-04-30T07:00:00.000Z',
      actor: {
        id: 'u-engineer',
        role: 'engineer',
        name: 'Анна Инженер',
      },
      text: 'Пришлите, пожалуйста, файл отчёта и журнал ошибок.',
      kind: 'information',
    },
    {
      seq: 11,
      type: 'customer_replied',
      at: '2026-05-05T08:00:00.000Z',
      actor: {
        id: 'u-customer',
        role: 'customer',
        name: 'Ирина Петрова',
      },
      text: 'Прислала файл во вложении.',
    },
    {
      seq: 14,
      type: 'parameters_changed',
      at: '2026-05-05T09:00:00.000Z',
      actor: {
        id: 'u-lead',
        role: 'lead',
        name: 'Олег Руководитель',
      },
      changes: {
        priority: 'normal',
      },
      previous: {
        priority: 'high',
      },
      reason: 'Есть обходной путь: сохранять в другом формате',
    },
  ],
  sla: {
    plan: {
      id: 'test-67661694',
      name: 'Тестовый',
    },
    calendar: {
      id: 'ru-standard',
      timeZone: 'Europe/Moscow',
    },
    clocks: [
      {
        name: 'reaction',
        status: 'met',
        basis: 'working_time',
        startedAt: '2026-04-29T12:00:00.000Z',
        startedAtLocal: '2026-04-29T15:00:00+03:00',
        dueAt: '2026-04-30T08:00:00.000Z',
        dueAtLocal: '2026-04-30T11:00:00+03:00',
        stoppedAt: '2026-04-30T07:00:00.000Z',
        stoppedAtLocal: '2026-04-30T10:00:00+03:00',
        warnAt: '2026-04-30T07:12:00.000Z',
        warnAtLocal: '2026-04-30T10:12:00+03:00',
        targetMinutes: 240,
        consumedMinutes: 180,
        remainingMinutes: 60,
        breached: false,
        manual: false,
        problem: null,
        explanation: {
          from: '2026-04-29T15:00:00+03:00',
          to: '2026-04-30T11:00:00+03:00',
          workingMinutes: 240,
          intervals: [
            {
              start: '2026-04-29T15:00:00+03:00',
              end: '2026-04-29T17:00:00+03:00',
            },
            {
              start: '2026-04-30T09:00:00+03:00',
              end: '2026-04-30T11:00:00+03:00',
            },
          ],
          pauses: [],
          days: [
            {
              date: '2026-04-30',
              kind: 'short',
              hours: [['09:00', '16:00']],
            },
          ],
          truncated: false,
        },
      },
      {
        name: 'solution',
        status: 'running',
        basis: 'working_time',
        startedAt: '2026-04-29T12:00:00.000Z',
        startedAtLocal: '2026-04-29T15:00:00+03:00',
        dueAt: '2026-05-06T13:00:00.000Z',
        dueAtLocal: '2026-05-06T16:00:00+03:00',
        stoppedAt: null,
        stoppedAtLocal: null,
        warnAt: '2026-05-06T09:48:00.000Z',
        warnAtLocal: '2026-05-06T12:48:00+03:00',
        targetMinutes: 960,
        consumedMinutes: 600,
        remainingMinutes: 360,
        breached: false,
        manual: false,
        problem: null,
        explanation: {
          from: '2026-04-29T15:00:00+03:00',
          to: '2026-05-06T16:00:00+03:00',
          workingMinutes: 960,
          intervals: [
            {
              start: '2026-04-29T15:00:00+03:00',
              end: '2026-04-29T17:00:00+03:00',
            },
            {
              start: '2026-04-30T09:00:00+03:00',
              end: '2026-04-30T10:00:00+03:00',
            },
            {
              start: '2026-05-05T11:00:00+03:00',
              end: '2026-05-05T17:00:00+03:00',
            },
            {
              start: '2026-05-06T09:00:00+03:00',
              end: '2026-05-06T16:00:00+03:00',
            },
          ],
          pauses: [
            {
              start: '2026-04-30T10:00:00+03:00',
              end: '2026-05-05T11:00:00+03:00',
            },
          ],
          days: [
            {
              date: '2026-04-30',
              kind: 'short',
              hours: [['09:00', '16:00']],
            },
            {
              date: '2026-05-01',
              kind: 'holiday',
              title: 'Праздник Весны и Труда',
              hours: [],
            },
            {
              date: '2026-05-02',
              kind: 'weekend',
              hours: [],
            },
            {
              date: '2026-05-03',
              kind: 'weekend',
              hours: [],
            },
          ],
          truncated: false,
        },
      },
      {
        name: 'progress',
        status: 'running',
        basis: 'working_time',
        startedAt: '2026-05-05T08:00:00.000Z',
        startedAtLocal: '2026-05-05T11:00:00+03:00',
        dueAt: '2026-05-06T08:00:00.000Z',
        dueAtLocal: '2026-05-06T11:00:00+03:00',
        stoppedAt: null,
        stoppedAtLocal: null,
        warnAt: '2026-05-06T06:24:00.000Z',
        warnAtLocal: '2026-05-06T09:24:00+03:00',
        targetMinutes: 480,
        consumedMinutes: 420,
        remainingMinutes: 60,
        breached: false,
        manual: false,
        problem: null,
        explanation: {
          from: '2026-05-05T11:00:00+03:00',
          to: '2026-05-06T11:00:00+03:00',
          workingMinutes: 480,
          intervals: [
            {
              start: '2026-05-05T11:00:00+03:00',
              end: '2026-05-05T17:00:00+03:00',
            },
            {
              start: '2026-05-06T09:00:00+03:00',
              end: '2026-05-06T11:00:00+03:00',
            },
          ],
          pauses: [],
          days: [],
          truncated: false,
        },
      },
      {
        name: 'auto_close',
        status: 'inactive',
        basis: 'calendar_days',
        startedAt: null,
        startedAtLocal: null,
        dueAt: null,
        dueAtLocal: null,
        stoppedAt: null,
        stoppedAtLocal: null,
        warnAt: null,
        warnAtLocal: null,
        targetMinutes: 0,
        consumedMinutes: 0,
        remainingMinutes: 0,
        breached: false,
        manual: false,
        problem: null,
        explanation: null,
      },
    ],
  },
};
