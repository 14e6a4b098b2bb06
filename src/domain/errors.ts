// Typed domain errors: a stable machine code plus parameters; adapters render the text (R2).
import { formatMessage, type Lang, type MessageCode, type MessageParams } from '../i18n/index.ts';

/** A rule was broken; `code` is stable for clients, the text comes from i18n. */
export class DomainError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: MessageParams = {},
    /** Detailed faults (e.g. every invalid field of a calendar), each with its JSON path. */
    readonly issues: readonly Issue[] = [],
  ) {
    super(render('en', code, params, issues));
    this.name = 'DomainError';
  }

  /** The message in the user's language, with the faults listed by path. */
  localize(lang: Lang): string {
    return render(lang, this.code, this.params, this.issues);
  }
}

function render(lang: Lang, code: MessageCode, params: MessageParams, issues: readonly Issue[]): string {
  if (issues.length === 0) return formatMessage(lang, code, params);
  const details = issues.map((i) => `${i.path}: ${formatMessage(lang, i.code, i.params)}`).join('; ');
  return formatMessage(lang, code, { ...params, details });
}

/** One fault found while validating structured input. */
export interface Issue {
  path: string; // JSON path such as $.week.mon[0][1]
  code: MessageCode;
  params: MessageParams;
}
