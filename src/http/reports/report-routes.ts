// R21 reports for leads and administrators: SLA compliance per organization, plan, type, priority or
// month (JSON or CSV), and the breached clocks of the period with why they breached.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { listBreachEvents, listComplianceFacts, type ReportFilter } from '../../db/repositories/reports.ts';
import { type Breach, collectBreaches } from '../../domain/reports/breaches.ts';
import { summarizeCompliance } from '../../domain/reports/compliance.ts';
import { REPORT_ZONE, resolvePeriod } from '../../domain/reports/period.ts';
import { MINUTE_MS } from '../../domain/time/days.ts';
import { requireRole } from '../plugins/auth.ts';
import { langOf } from '../plugins/errors.ts';
import { errors } from '../tickets/response-schemas.ts';
import { csvFileName, formatComplianceCsv, labelOfGroup } from './report-csv.ts';
import {
  type BreachView,
  breachesSchema,
  complianceQuery,
  complianceSchema,
  reportFilterQuery,
} from './report-schemas.ts';

const TAGS = ['Отчёты'];
const BREACH_LIMIT = 5000;

/** Registers GET /api/reports/compliance and GET /api/reports/breaches. */
export async function reportRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const { db, clock } = opts.deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/reports/compliance',
    {
      onRequest: requireRole('lead', 'admin'),
      schema: {
        tags: TAGS,
        summary: 'Соблюдение SLA: реакция и решение по организациям, планам, типам, приоритетам или месяцам',
        description:
          'Обращения, зарегистрированные в периоде [from, to) по московскому времени. format=csv (или Accept: text/csv) — файл CSV в UTF-8 с BOM, заголовки по-русски (язык — lang=, иначе Accept-Language).',
        querystring: complianceQuery,
        response: { 200: complianceSchema, ...errors(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const now = clock.now();
      const period = resolvePeriod(q, now);
      const facts = await listComplianceFacts(db, filterOf(q, period));
      const report = summarizeCompliance(facts, q.groupBy, now, REPORT_ZONE);
      const lang = q.lang ?? langOf(request);
      if (wantsCsv(request, q.format)) {
        const name = csvFileName(period.from, period.to, q.groupBy);
        return (
          reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${name}"`)
            // A Buffer is sent as is: the JSON response schema applies to the JSON answer only.
            .send(Buffer.from(formatComplianceCsv(report, q.groupBy, lang), 'utf8') as never)
        );
      }
      const groups = report.groups.map((g) => ({ ...g, label: labelOfGroup(lang, q.groupBy, g) }));
      return { from: period.from, to: period.to, groupBy: q.groupBy, ...report, groups };
    },
  );

  r.get(
    '/api/reports/breaches',
    {
      onRequest: requireRole('lead', 'admin'),
      schema: {
        tags: TAGS,
        summary: 'Нарушения сроков за период: что нарушено, срок, цель и опоздание',
        description:
          'Часы реакции, решения и сообщений о ходе работ обращений, зарегистрированных в периоде; новые сроки первыми.',
        querystring: reportFilterQuery,
        response: { 200: breachesSchema, ...errors(400, 401, 403, 422) },
      },
    },
    async (request) => {
      const q = request.query;
      const now = clock.now();
      const period = resolvePeriod(q, now);
      const events = await listBreachEvents(db, filterOf(q, period), BREACH_LIMIT + 1);
      const truncated = events.length > BREACH_LIMIT;
      const items = collectBreaches(events.slice(0, BREACH_LIMIT), now).map(presentBreach);
      return { from: period.from, to: period.to, items, truncated };
    },
  );
}

function filterOf(
  q: z.infer<typeof reportFilterQuery>,
  period: { fromAt: number; toAt: number },
): ReportFilter {
  return {
    from: new Date(period.fromAt),
    to: new Date(period.toAt),
    organizationId: q.organizationId,
    planId: q.planId,
    type: q.type,
    priority: q.priority,
  };
}

function wantsCsv(request: FastifyRequest, format: 'json' | 'csv' | undefined): boolean {
  if (format) return format === 'csv';
  return /\btext\/csv\b/.test(request.headers.accept ?? '');
}

function presentBreach(b: Breach): BreachView {
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / MINUTE_MS));
  return {
    ticketNumber: b.ticketNumber,
    subject: b.subject,
    organizationName: b.organizationName,
    clock: b.clock,
    dueAt: iso(b.dueAt),
    recordedAt: new Date(b.recordedAt).toISOString(),
    reachedAt: iso(b.reachedAt),
    lateMinutes: minutes(b.lateMs),
    targetMinutes: minutes(b.targetMs),
    manual: b.manual,
  };
}
