// Request validation with zod, and its messages in the caller's language (R2): zod's own texts come
// in Russian or English, and a schema's own message is a message code (request.bad_text …).
import type { FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';
import { type $ZodIssue, safeParse } from 'zod/v4/core';
import { formatMessage, isMessageCode, type Lang } from '../../i18n/index.ts';

// The marker fastify-type-provider-zod puts on its entries, so its helpers still recognise ours.
const ZOD_ENTRY = Symbol.for('ZodFastifySchemaValidationError');

/** One failed check, as Fastify carries it in `error.validation`. */
export interface ValidationEntry {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  message: string;
  params: { issue: $ZodIssue };
}

/** Validates with zod, keeping each issue whole (its input included) for the message in either language. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = safeParse(schema, data, { reportInput: true });
    if (result.success) return { value: result.data };
    const entries = result.error.issues.map((issue) => ({
      [ZOD_ENTRY]: true,
      keyword: issue.code,
      instancePath: `/${issue.path.join('/')}`,
      schemaPath: `#/${issue.path.join('/')}/${issue.code}`,
      message: issue.message,
      params: { issue },
    }));
    return { error: entries as unknown as Error };
  };

const locales = { ru: z.locales.ru().localeError, en: z.locales.en().localeError };
type LocaleIssue = Parameters<(typeof locales)['en']>[0];

const localeText = (lang: Lang, issue: $ZodIssue): string | undefined => {
  const text = locales[lang](issue as unknown as LocaleIssue);
  return typeof text === 'string' ? text : text?.message;
};

/** The entry's message in `lang`: zod's text in that language, or the schema's message code worded. */
export function validationMessage(lang: Lang, entry: { message?: string; params?: unknown }): string {
  const message = entry.message ?? '';
  const issue = (entry.params as { issue?: $ZodIssue } | undefined)?.issue;
  if (isMessageCode(message)) return formatMessage(lang, message);
  // zod's default wording (the English locale) is replaced; any other text is the schema's own.
  if (issue && localeText('en', issue) === message) return localeText(lang, issue) ?? message;
  return message;
}
