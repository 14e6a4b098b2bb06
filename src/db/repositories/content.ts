// Editable portal texts (R1): the agreement and the contacts page, one row per key and language.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { siteContent } from '../schema.ts';

export type SiteContentRow = typeof siteContent.$inferSelect;
export type SiteContentKey = 'agreement' | 'contacts';
export type SiteContentLang = SiteContentRow['lang'];

/** The stored text of a page in one language, if an administrator has written it. */
export async function getSiteContent(
  db: Db,
  key: SiteContentKey,
  lang: SiteContentLang,
): Promise<SiteContentRow | undefined> {
  const [row] = await db
    .select()
    .from(siteContent)
    .where(and(eq(siteContent.key, key), eq(siteContent.lang, lang)));
  return row;
}

/** Creates or replaces the text of a page in one language. */
export async function upsertSiteContent(
  db: Db,
  input: {
    key: SiteContentKey;
    lang: SiteContentLang;
    body: string;
    updatedAt: Date;
    updatedBy: string | null;
  },
): Promise<SiteContentRow> {
  const [row] = await db
    .insert(siteContent)
    .values(input)
    .onConflictDoUpdate({
      target: [siteContent.key, siteContent.lang],
      set: { body: input.body, updatedAt: input.updatedAt, updatedBy: input.updatedBy },
    })
    .returning();
  if (!row) throw new Error('upsert into site_content returned no row');
  return row;
}
