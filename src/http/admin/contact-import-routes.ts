// POST /api/contracts/{id}/contacts/import: authorized contacts from a spreadsheet (R10), with a
// verdict for every row. Valid rows are added in one transaction; invalid ones are reported, never
// silently dropped; `?dryRun=true` only reports.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { withTransaction } from '../../db/database.ts';
import { listContacts, upsertContact } from '../../db/repositories/organizations.ts';
import { formatMessage } from '../../i18n/index.ts';
import { requireRole } from '../plugins/auth.ts';
import { langOf } from '../plugins/errors.ts';
import { auditChange } from './audit-trail.ts';
import { planContactImport } from './contact-import.ts';
import { findContract } from './contract-routes.ts';
import { logChange, TAGS, uuidParams } from './shared.ts';

const importBody = z.union([
  z.string().describe('text/csv: a header row (name, email, phone, position), UTF-8, ";" or ","'),
  z.strictObject({ csv: z.string() }),
]);

const rowSchema = z.object({
  line: z.number().int(),
  status: z.enum(['added', 'valid', 'invalid']),
  contactId: z.uuid().optional(),
  name: z.string().optional(),
  email: z.string().optional(),
  reasons: z
    .array(z.object({ field: z.string().optional(), code: z.string(), message: z.string() }))
    .optional(),
});

const resultSchema = z.object({
  contractId: z.uuid(),
  dryRun: z.boolean(),
  added: z.number().int(),
  invalid: z.number().int(),
  rows: z.array(rowSchema),
});

/** Registers the CSV import of a contract's contacts. */
export async function contactImportRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;
  r.post(
    '/api/contracts/:id/contacts/import',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: [...TAGS.organizations],
        summary: 'Загрузить представителей из CSV',
        description:
          'Тело — text/csv или JSON {"csv": "..."}. Первая строка — заголовок name;email;phone;position ' +
          '(или по-русски: ФИО, E-mail, Телефон, Должность). Ответ — итог по каждой строке.',
        consumes: ['text/csv', 'application/json'],
        params: uuidParams,
        querystring: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
        body: importBody,
        response: { 200: resultSchema },
      },
    },
    async (request) => {
      const contractId = request.params.id;
      const dryRun = request.query.dryRun === 'true';
      const csv = typeof request.body === 'string' ? request.body : request.body.csv;
      const lang = langOf(request);
      const result = await withTransaction(db, async (tx) => {
        await findContract(tx, contractId);
        const existing = new Set((await listContacts(tx, contractId)).map((c) => c.email));
        const verdicts = planContactImport(csv, existing);
        const rows: Array<z.infer<typeof rowSchema>> = [];
        for (const v of verdicts) {
          if (!v.ok) {
            const reasons = v.reasons.map((x) => ({
              ...(x.field ? { field: x.field } : {}),
              code: x.code,
              message: formatMessage(lang, x.code, x.params),
            }));
            rows.push({ line: v.line, status: 'invalid', name: v.name, email: v.email, reasons });
          } else if (dryRun) {
            rows.push({ line: v.line, status: 'valid', name: v.contact.name, email: v.contact.email });
          } else {
            const row = await upsertContact(tx, { ...v.contact, contractId });
            rows.push({ line: v.line, status: 'added', contactId: row.id, name: row.name, email: row.email });
          }
        }
        const added = rows.filter((row) => row.status === 'added');
        if (added.length > 0) {
          await auditChange(tx, request, clock, {
            action: 'contact.imported',
            entity: 'contract',
            entityId: contractId,
            payload: { added: added.map((row) => ({ id: row.contactId, name: row.name, email: row.email })) },
          });
        }
        return rows;
      });
      const added = result.filter((row) => row.status === 'added').length;
      const invalid = result.filter((row) => row.status === 'invalid').length;
      if (added > 0) logChange(request, 'contact.import', `${contractId} (+${added})`);
      return { contractId, dryRun, added, invalid, rows: result };
    },
  );
}
