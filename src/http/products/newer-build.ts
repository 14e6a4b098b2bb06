// R19 on filing and on the ticket page: when an incident names a build older than the newest
// published build with fixes for the organization's tickets, the response says which to install.
// A hint only: one indexed query, asked only when product and build are given, never blocking.
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { newestFixingBuild } from '../../db/repositories/products.ts';
import { isOlderBuild } from '../../domain/products/newer-build.ts';
import { formatMessage, type Lang } from '../../i18n/index.ts';

export const newerBuildSchema = z
  .object({
    version: z.string(),
    releasedOn: z.string().describe('YYYY-MM-DD'),
    message: z.string(),
  })
  .describe('Только когда есть более новая сборка с исправлениями по обращениям организации (R19)');

export type NewerBuild = z.infer<typeof newerBuildSchema>;

export interface HintSubject {
  type: string;
  organizationId: string;
  product?: string | null | undefined;
  build?: string | null | undefined;
}

/** The newer build to suggest, or null; a failed lookup is logged by the caller's `onError` and ignored. */
export async function newerBuildHint(
  db: Db,
  ticket: HintSubject,
  lang: Lang,
  onError: (err: unknown) => void = () => {},
): Promise<NewerBuild | null> {
  const product = ticket.product?.trim();
  const build = ticket.build?.trim();
  if (ticket.type !== 'incident' || !product || !build) return null;
  try {
    const newest = await newestFixingBuild(db, { organizationId: ticket.organizationId, product, build });
    if (!newest || !isOlderBuild({ version: build, releasedOn: newest.namedReleasedOn }, newest)) return null;
    const { version, releasedOn } = newest;
    return {
      version,
      releasedOn,
      message: formatMessage(lang, 'build.newer_available', {
        version,
        releasedOn: dayInWords(releasedOn, lang),
      }),
    };
  } catch (err) {
    onError(err);
    return null;
  }
}

/** A release date as people read it: 25.11.2026, or 25 November 2026 in English. */
function dayInWords(isoDay: string, lang: Lang): string {
  const [y, m, d] = isoDay.split('-');
  if (lang === 'ru') return `${d}.${m}.${y}`;
  const at = new Date(`${isoDay}T00:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}
