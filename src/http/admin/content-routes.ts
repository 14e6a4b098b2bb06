// The agreement and contacts pages (R1): anyone reads them in their language, falling back to
// Russian, and to the built-in text until an administrator writes one.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CommandDeps } from '../../commands/deps.ts';
import { withTransaction } from '../../db/database.ts';
import { getSiteContent, type SiteContentRow, upsertSiteContent } from '../../db/repositories/content.ts';
import { actorOf, requireRole } from '../plugins/auth.ts';
import { langOf } from '../plugins/errors.ts';
import { auditChange } from './audit-trail.ts';
import { DEFAULT_CONTENT } from './content-defaults.ts';
import { isoOrNull, logChange, TAGS } from './shared.ts';

const KEYS = ['agreement', 'contacts'] as const;
const LANGS = ['ru', 'en'] as const;

const keyParams = z.object({ key: z.enum(KEYS) });

const contentSchema = z.object({
  key: z.enum(KEYS),
  lang: z.enum(LANGS).describe('the language of the text served, which may differ from the one asked for'),
  body: z.string().describe('Markdown'),
  isDefault: z.boolean().describe('true while the built-in text is shown'),
  updatedAt: z.string().nullable(),
});

const present = (row: SiteContentRow): z.infer<typeof contentSchema> => ({
  key: row.key === 'contacts' ? 'contacts' : 'agreement',
  lang: row.lang,
  body: row.body,
  isDefault: false,
  updatedAt: isoOrNull(row.updatedAt),
});

/** Registers GET/PUT /api/content/{key}. */
export async function contentRoutes(app: FastifyInstance, opts: { deps: CommandDeps }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = opts.deps;
  const tags = [...TAGS.content];

  r.get(
    '/api/content/:key',
    {
      schema: {
        tags,
        summary: 'Текст страницы портала: соглашение или контакты',
        description:
          'Язык — ?lang=, иначе Accept-Language, иначе настройка пользователя; нет перевода — русский текст.',
        params: keyParams,
        querystring: z.object({ lang: z.enum(LANGS).optional() }),
        response: { 200: contentSchema },
      },
    },
    async (request) => {
      const { key } = request.params;
      const lang = request.query.lang ?? langOf(request);
      const row =
        (await getSiteContent(db, key, lang)) ??
        (lang === 'ru' ? undefined : await getSiteContent(db, key, 'ru'));
      if (row) return present(row);
      return { key, lang: 'ru' as const, body: DEFAULT_CONTENT[key], isDefault: true, updatedAt: null };
    },
  );

  r.put(
    '/api/content/:key',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags,
        summary: 'Записать текст страницы на одном языке',
        params: keyParams,
        body: z.strictObject({ lang: z.enum(LANGS), body: z.string().trim().min(1).max(200_000) }),
        response: { 200: contentSchema },
      },
    },
    async (request) => {
      const { key } = request.params;
      const { lang, body } = request.body;
      const row = await withTransaction(db, async (tx) => {
        await auditChange(tx, request, clock, {
          action: 'content.updated',
          entityId: `${key}/${lang}`,
          payload: { body },
        });
        return upsertSiteContent(tx, {
          key,
          lang,
          body,
          updatedAt: new Date(clock.now()),
          updatedBy: actorOf(request).userId,
        });
      });
      logChange(request, 'content.update', `${key}/${row.lang}`);
      return present(row);
    },
  );
}
