// Serves the built web portal (dist/web, made by `vite build`): hashed assets cached for good,
// and index.html for every other non-API path so the portal's own router takes over.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

const NOT_BUILT = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Срок — портал поддержки</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>Срок</h1>
<p>Портал технической поддержки: обращения регистрируются и решаются по соглашению об уровне сервиса.</p>
<p>Веб-интерфейс ещё не собран: выполните <code>npm run build</code> (это делает <code>npm start</code>).
API работает: <a href="/api/docs">/api/docs</a>, состояние — <a href="/api/health">/api/health</a>.</p>
</body></html>`;

// The portal loads only its own scripts and styles; inline styles are React's style attributes.
const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

/** Registers the portal's pages; without a build, a placeholder that says how to build it. */
export async function webApp(app: FastifyInstance, options: { dir?: string }): Promise<void> {
  const dir = options.dir ?? DEFAULT_WEB_DIR;
  const indexFile = join(dir, 'index.html');
  const html = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : NOT_BUILT;
  const sendIndex = (reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .send(html);
  if (existsSync(indexFile)) {
    await app.register(fastifyStatic, {
      root: dir,
      wildcard: false, // one route per built file; the catch-all below serves the pages
      index: false,
      // @fastify/static passes the Fastify reply; hashed assets never change, so cache them for good.
      setHeaders: ((reply: FastifyReply, path: string) => {
        if (path.startsWith(join(dir, 'assets')))
          reply.header('cache-control', 'public, max-age=31536000, immutable');
      }) as never,
    });
  }
  app.get('/', { schema: { hide: true } }, async (_req, reply) => sendIndex(reply));
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || path === '/metrics') return reply.callNotFound();
    return sendIndex(reply);
  });
}
