// Calendars (R5): anyone may read them and their years; administrators replace them or load a
// year of the official production calendar from xmlcalendar XML without a code change.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { recomputeDeadlines } from '../../commands/recompute-deadlines.ts';
import { type Db, withTransaction } from '../../db/database.ts';
import {
  type CalendarRow,
  getCalendar,
  listCalendars,
  upsertCalendar,
} from '../../db/repositories/calendars.ts';
import { validateCalendar } from '../../domain/calendar/validate-calendar.ts';
import { applyXmlCalendarYear, parseXmlCalendar } from '../../domain/calendar/xmlcalendar.ts';
import { summarizeYear } from '../../domain/calendar/year-summary.ts';
import { DomainError } from '../../domain/errors.ts';
import { requireRole } from '../plugins/auth.ts';
import { auditChange } from './audit-trail.ts';
import {
  calendarListItemSchema,
  calendarSchema,
  presentCalendar,
  presentCalendarItem,
  yearSummarySchema,
} from './calendar-schemas.ts';
import { logChange, slugParams, TAGS } from './shared.ts';

const calendarBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  definition: z.unknown().describe('Calendar JSON: timeZone, week, exceptions, validFrom, validTo'),
});

const yearParams = slugParams.extend({ year: z.coerce.number().int().min(1).max(9999) });

/** Registers the calendar routes. */
export async function calendarRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;
  const tags = [...TAGS.calendars];

  r.get(
    '/api/calendars',
    { schema: { tags, summary: 'Календари', response: { 200: z.array(calendarListItemSchema) } } },
    async () => (await listCalendars(db)).map(presentCalendarItem),
  );

  r.get(
    '/api/calendars/:id',
    { schema: { tags, summary: 'Календарь целиком', params: slugParams, response: { 200: calendarSchema } } },
    async (request) => presentCalendar(await findCalendar(db, request.params.id)),
  );

  r.put(
    '/api/calendars/:id',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: 'Создать или заменить календарь',
        description: 'Ошибки перечисляются с путями JSON, например $.definition.week.mon[0][1].',
        params: slugParams,
        body: calendarBody,
        response: { 200: calendarSchema, 201: calendarSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const definition = validateAt('$.definition', request.body.definition);
      const { row, created } = await withTransaction(db, async (tx) => {
        const current = await getCalendar(tx, id);
        const name = request.body.name ?? current?.name ?? id;
        const action = current ? 'calendar.replaced' : 'calendar.created';
        await auditChange(tx, request, clock, { action, entityId: id, payload: { name, definition } });
        return { row: await upsertCalendar(tx, { id, name, definition }), created: !current };
      });
      logChange(request, created ? 'calendar.create' : 'calendar.replace', id);
      if (!created) await recomputeDeadlines(opts.deps, { calendarId: id }); // open tickets follow the new days
      return reply.code(created ? 201 : 200).send(presentCalendar(row));
    },
  );

  r.post(
    '/api/calendars/:id/import-xml',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: 'Загрузить год производственного календаря (xmlcalendar)',
        description:
          'Тело — файл xmlcalendar (application/xml или text/xml). Год — из атрибута year; ?year= — для файла без года ' +
          '(файл другого года отклоняется, 422 xmlcalendar.year_mismatch; год, между которым и известным периодом остались бы годы без данных, — 422 xmlcalendar.year_gap); ' +
          'исключения этого года заменяются загруженными, остальные годы не меняются.',
        consumes: ['application/xml', 'text/xml'],
        params: slugParams,
        querystring: z.object({ year: z.coerce.number().int().min(1900).max(2999).optional() }),
        body: z.string(),
        response: { 200: z.object({ calendar: calendarSchema, year: yearSummarySchema }) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const parsed = readXml(request.body, request.query.year);
      const row = await withTransaction(db, async (tx) => {
        const current = await findCalendar(tx, id);
        const definition = validateCalendar(applyXmlCalendarYear(parsed, current.definition));
        const payload = { year: parsed.year, summary: summarizeYear(definition, parsed.year) };
        await auditChange(tx, request, clock, { action: 'calendar.year_imported', entityId: id, payload });
        return upsertCalendar(tx, { id, name: current.name, definition });
      });
      logChange(request, 'calendar.import_year', `${id}/${parsed.year}`);
      await recomputeDeadlines(opts.deps, { calendarId: id });
      return { calendar: presentCalendar(row), year: summarizeYear(row.definition, parsed.year) };
    },
  );

  r.get(
    '/api/calendars/:id/years/:year',
    {
      schema: {
        tags,
        summary: 'Год календаря: нерабочие будни, рабочие выходные, сокращённые дни',
        params: yearParams,
        response: { 200: yearSummarySchema },
      },
    },
    async (request) => {
      const row = await findCalendar(db, request.params.id);
      return summarizeYear(row.definition, request.params.year);
    },
  );
}

/** The stored calendar, or DomainError('calendar.unknown') (404). */
export async function findCalendar(db: Db, id: string): Promise<CalendarRow> {
  const row = await getCalendar(db, id);
  if (!row) throw new DomainError('calendar.unknown', { value: id });
  return row;
}

// Faults are reported at their place in the request body, not in the bare calendar.
function validateAt(prefix: string, definition: unknown) {
  try {
    return validateCalendar(definition);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const issues = err.issues.map((i) => ({ ...i, path: i.path.replace(/^\$/, prefix) }));
    throw new DomainError(err.code, err.params, issues);
  }
}

function readXml(xml: string, year: number | undefined) {
  try {
    return parseXmlCalendar(xml, year === undefined ? {} : { year });
  } catch (err) {
    // The parser's own text tells a terminal user about --year; here the year is a query parameter.
    if (err instanceof DomainError && err.code === 'xmlcalendar.bad_year') {
      throw new DomainError('xmlcalendar.bad_year_param', err.params);
    }
    throw err;
  }
}
