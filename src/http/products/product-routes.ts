// Products and their builds (R13, R19): every signed-in user reads products and published builds;
// administrators add products; leads and administrators prepare, fill and publish builds.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { createBuild } from '../../commands/products/create-build.ts';
import { createProduct } from '../../commands/products/create-product.ts';
import { getProduct, listBuilds, listProducts } from '../../db/repositories/products.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, requireRole } from '../plugins/auth.ts';
import { errors } from '../tickets/response-schemas.ts';
import { type BuildFileOptions, buildFileRoutes } from './build-file-routes.ts';
import { buildRoutes } from './build-routes.ts';
import {
  buildCreate,
  buildParams,
  buildSchema,
  isSupportRequest,
  presentBuild,
  presentBuilds,
  presentProduct,
  productBody,
  productSchema,
  TAGS,
} from './schemas.ts';

/** Registers the product, build and build file routes. */
export async function productRoutes(app: FastifyInstance, opts: BuildFileOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { deps } = opts;
  const { db } = deps;
  const tags = TAGS;

  r.get(
    '/api/products',
    {
      onRequest: requireRole(),
      schema: {
        tags,
        summary: 'Продукты',
        response: { 200: z.array(productSchema), ...errors(401) },
      },
    },
    async () => (await listProducts(db)).map(presentProduct),
  );

  r.post(
    '/api/products',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: 'Добавить продукт',
        body: productBody,
        response: { 201: productSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const row = await createProduct(deps, { actorId: actorOf(request).userId, name: request.body.name });
      return reply.code(201).send(presentProduct(row));
    },
  );

  r.get(
    '/api/products/:id/builds',
    {
      onRequest: requireRole(),
      schema: {
        tags,
        summary: 'Сборки продукта, новые первыми',
        description:
          'Поддержка видит и черновики; представитель пользователя — только опубликованные сборки.',
        params: buildParams,
        response: { 200: z.array(buildSchema), ...errors(400, 401, 404) },
      },
    },
    async (request) => {
      await findProduct(deps, request.params.id);
      const rows = await listBuilds(db, request.params.id, isSupportRequest(request));
      return presentBuilds(db, rows, request);
    },
  );

  r.post(
    '/api/products/:id/builds',
    {
      onRequest: requireRole('admin', 'lead'),
      schema: {
        tags,
        summary: 'Добавить сборку продукта (черновик)',
        params: buildParams,
        body: buildCreate,
        response: { 201: buildSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const row = await createBuild(deps, {
        actorId: actorOf(request).userId,
        productId: request.params.id,
        ...request.body,
      });
      return reply.code(201).send(await presentBuild(db, row, request));
    },
  );

  await app.register(buildRoutes, { deps });
  await app.register(buildFileRoutes, opts);
}

async function findProduct(deps: CommandDeps, id: string) {
  const row = await getProduct(deps.db, id);
  if (!row) throw new DomainError('product.not_found', { value: id });
  return row;
}
