// The placeholder front page until the web portal is served (Russian first, R2).
import type { FastifyInstance } from 'fastify';

const PAGE = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Срок — портал поддержки</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>Срок</h1>
<p>Портал технической поддержки: обращения регистрируются и решаются по соглашению об уровне сервиса,
сроки считаются в рабочих часах производственного календаря РФ.</p>
<p>Состояние сервера: <a href="/api/health">/api/health</a></p>
</body></html>`;

/** Registers GET / with the placeholder page. */
export async function homePage(app: FastifyInstance): Promise<void> {
  app.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
}
