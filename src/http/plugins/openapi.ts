// The OpenAPI document, generated from the same zod schemas that validate each route, at
// /api/openapi.json, with an interactive page at /api/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Срок — API портала поддержки',
        description:
          'Обращения, сроки по соглашению об уровне сервиса, календари. Ошибки: { "error": { "code", "message" } }; язык — Accept-Language (ru по умолчанию, en).',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'srok_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // The docs share the portal's origin (and its session cookie): never framed, never sniffed. The
  // plugin's CSP pins its own inline scripts by hash; Swagger UI sets inline styles as the portal's
  // React does (a style hash would void 'unsafe-inline'); a plain-HTTP portal's loads stay HTTP.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';")
        .replace(/\s*upgrade-insecure-requests;/, ''),
    uiHooks: {
      onRequest: (_request, reply, done) => {
        reply
          .header('x-content-type-options', 'nosniff')
          .header('x-frame-options', 'DENY')
          .header('referrer-policy', 'same-origin');
        done();
      },
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
