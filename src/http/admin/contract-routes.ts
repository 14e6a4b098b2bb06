// Contracts and their authorized contacts (R10): only the people listed here may file tickets.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unlinkUnlistedRepresentative } from '../../commands/accounts/unlink-representative.ts';
import type { CommandDeps } from '../../commands/deps.ts';
import { type Db, withTransaction } from '../../db/database.ts';
import { getPlan } from '../../db/repositories/calendars.ts';
import {
  type ContactRow,
  type ContractRow,
  deleteContact,
  getContract,
  getContractByNumber,
  getOrganization,
  listContacts,
  listContracts,
  upsertContact,
  upsertContract,
} from '../../db/repositories/organizations.ts';
import { normalizeEmail } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireRole } from '../plugins/auth.ts';
import { auditChange } from './audit-trail.ts';
import { findOrganization } from './organization-routes.ts';
import { isoDate, logChange, TAGS, uuidParams } from './shared.ts';

export const contractSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  number: z.string(),
  planId: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const contactSchema = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  position: z.string().nullable(),
});

/** One authorized contact as typed by an administrator or read from a CSV row. */
export const contactInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().max(254).pipe(z.email()),
  phone: z.string().trim().max(50).optional(),
  position: z.string().trim().max(200).optional(),
});

const contractCreate = z.strictObject({
  organizationId: z.uuid(),
  number: z.string().trim().min(1).max(100),
  planId: z.string().min(1).max(64),
  validFrom: isoDate,
  validTo: isoDate.nullable().optional(),
});

// The number and the organization identify the contract in documents and tickets; they stay.
const contractPatch = z.strictObject({
  planId: z.string().min(1).max(64).optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.nullable().optional(),
});

const presentContract = (c: ContractRow): z.infer<typeof contractSchema> => ({
  id: c.id,
  organizationId: c.organizationId,
  number: c.number,
  planId: c.planId,
  validFrom: c.validFrom,
  validTo: c.validTo,
});

/** The contact as the API shows it. */
export const presentContact = (c: ContactRow): z.infer<typeof contactSchema> => ({
  id: c.id,
  contractId: c.contractId,
  name: c.name,
  email: c.email,
  phone: c.phone,
  position: c.position,
});

/** Registers the contract and contact routes (administrators only). */
export async function contractRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;
  const tags = [...TAGS.organizations];
  const admin = requireRole('admin');

  r.get(
    '/api/organizations/:id/contracts',
    {
      onRequest: admin,
      schema: {
        tags,
        summary: 'Договоры организации',
        params: uuidParams,
        response: { 200: z.array(contractSchema) },
      },
    },
    async (request) => {
      await findOrganization(db, request.params.id);
      return (await listContracts(db, request.params.id)).map(presentContract);
    },
  );

  r.post(
    '/api/contracts',
    {
      onRequest: admin,
      schema: { tags, summary: 'Заключить договор', body: contractCreate, response: { 201: contractSchema } },
    },
    async (request, reply) => {
      const { validTo, ...rest } = request.body;
      const row = await withTransaction(db, async (tx) => {
        if (!(await getOrganization(tx, rest.organizationId))) {
          throw new DomainError('contract.unknown_organization', { value: rest.organizationId });
        }
        await checkTerms(tx, rest.planId, rest.validFrom, validTo ?? null);
        if (await getContractByNumber(tx, rest.number)) {
          throw new DomainError('contract.already_exists', { value: rest.number });
        }
        const created = await upsertContract(tx, { ...rest, validTo: validTo ?? null });
        const payload = presentContract(created);
        await auditChange(tx, request, clock, { action: 'contract.created', entityId: created.id, payload });
        return created;
      });
      logChange(request, 'contract.create', row.id);
      return reply.code(201).send(presentContract(row));
    },
  );

  r.get(
    '/api/contracts/:id',
    {
      onRequest: admin,
      schema: { tags, summary: 'Договор', params: uuidParams, response: { 200: contractSchema } },
    },
    async (request) => presentContract(await findContract(db, request.params.id)),
  );

  r.patch(
    '/api/contracts/:id',
    {
      onRequest: admin,
      schema: {
        tags,
        summary: 'Изменить план или срок действия договора',
        params: uuidParams,
        body: contractPatch,
        response: { 200: contractSchema },
      },
    },
    async (request) => {
      const row = await withTransaction(db, async (tx) => {
        const current = await findContract(tx, request.params.id);
        const next = { ...current, ...request.body };
        await checkTerms(tx, next.planId, next.validFrom, next.validTo);
        const payload = { before: presentContract(current), after: presentContract(next) };
        await auditChange(tx, request, clock, { action: 'contract.updated', entityId: current.id, payload });
        return upsertContract(tx, next);
      });
      logChange(request, 'contract.update', row.id);
      return presentContract(row);
    },
  );

  r.get(
    '/api/contracts/:id/contacts',
    {
      onRequest: admin,
      schema: {
        tags,
        summary: 'Уполномоченные представители по договору',
        params: uuidParams,
        response: { 200: z.array(contactSchema) },
      },
    },
    async (request) => {
      await findContract(db, request.params.id);
      return (await listContacts(db, request.params.id)).map(presentContact);
    },
  );

  r.post(
    '/api/contracts/:id/contacts',
    {
      onRequest: admin,
      schema: {
        tags,
        summary: 'Добавить уполномоченного представителя',
        params: uuidParams,
        body: contactInput,
        response: { 201: contactSchema },
      },
    },
    async (request, reply) => {
      const contractId = request.params.id;
      const row = await withTransaction(db, async (tx) => {
        await findContract(tx, contractId);
        const email = normalizeEmail(request.body.email);
        if ((await listContacts(tx, contractId)).some((c) => c.email === email)) {
          throw new DomainError('contact.already_exists', { value: email });
        }
        const created = await upsertContact(tx, { ...request.body, contractId });
        const payload = presentContact(created);
        await auditChange(tx, request, clock, { action: 'contact.created', entityId: created.id, payload });
        return created;
      });
      logChange(request, 'contact.create', row.id);
      return reply.code(201).send(presentContact(row));
    },
  );

  r.delete(
    '/api/contacts/:id',
    {
      onRequest: admin,
      schema: {
        tags,
        summary: 'Исключить представителя из договора',
        description:
          'Если ни один договор организации больше не называет этот адрес, пользователь отвязывается от организации, его сеансы завершаются, а API-токены отзываются (R22).',
        params: uuidParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await withTransaction(db, async (tx) => {
        const removed = await deleteContact(tx, request.params.id);
        if (!removed) throw new DomainError('contact.not_found', { value: request.params.id });
        const contract = await findContract(tx, removed.contractId);
        const payload = presentContact(removed);
        await auditChange(tx, request, clock, { action: 'contact.deleted', entityId: removed.id, payload });
        // R22: no longer listed anywhere in the organization, the person no longer sees its tickets.
        await unlinkUnlistedRepresentative(tx, {
          email: removed.email,
          organizationId: contract.organizationId,
          actorId: actorOf(request).userId,
          cause: { action: 'contact.deleted', contactId: removed.id },
          now: clock.now(),
        });
      });
      logChange(request, 'contact.delete', request.params.id);
      return reply.code(204).send(null);
    },
  );
}

/** The contract, or DomainError('contract.not_found'). */
export async function findContract(db: Db, id: string): Promise<ContractRow> {
  const row = await getContract(db, id);
  if (!row) throw new DomainError('contract.not_found', { value: id });
  return row;
}

async function checkTerms(db: Db, planId: string, validFrom: string, validTo: string | null): Promise<void> {
  if (!(await getPlan(db, planId))) throw new DomainError('contract.unknown_plan', { value: planId });
  if (validTo !== null && validTo < validFrom) {
    throw new DomainError('contract.bad_period', { from: validFrom, to: validTo });
  }
}
