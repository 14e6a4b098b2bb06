// Server validation faults placed next to the control they concern: each detail's JSON path is
// matched to a field, with the message the server wrote for it.
import { ApiError } from '../../api/client.ts';

/** JSON path (`$.targets.incident.critical.reactionMinutes`) → the localized message for it. */
export type FieldErrors = Record<string, string>;

/**
 * The faults of an ApiError by path. The server lists each fault in its message as
 * «path: text; path: text», and in `details` by path and code; the text is taken from the detail
 * when it carries one, else cut from the message, else the code.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  const paths = error.details.map((d) => d.path);
  for (const d of error.details) {
    out[d.path] = d.message ?? cutFromMessage(error.message, d.path, paths) ?? d.code ?? '';
  }
  return out;
}

function cutFromMessage(message: string, path: string, all: readonly string[]): string | undefined {
  const marker = `${path}: `;
  let at = message.indexOf(marker);
  // The same text may be a prefix of a longer path ($.id vs $.idx): require a separator before it.
  while (at > 0 && !/[\s;:]/.test(message[at - 1] ?? '')) at = message.indexOf(marker, at + 1);
  if (at < 0) return undefined;
  const start = at + marker.length;
  let end = message.length;
  for (const other of all) {
    const next = message.indexOf(`; ${other}: `, start);
    if (next >= 0 && next < end) end = next;
  }
  return message.slice(start, end).trim();
}

/** The faults whose path is `path` or lies under it (a whole missing object counts for its fields). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  for (const [p, text] of Object.entries(errors)) if (path.startsWith(`${p}.`)) return text;
  return undefined;
}
