// Reads a CSV of authorized contacts (R10) into per-row verdicts: each row is either a contact to
// add or a list of reasons it cannot be, so nothing is dropped without the admin being told.
import type { Issue } from '../../domain/errors.ts';
import { DomainError } from '../../domain/errors.ts';
import type { MessageCode, MessageParams } from '../../i18n/index.ts';
import { contactInput } from './contract-routes.ts';
import { parseCsv } from './csv.ts';

export const MAX_IMPORT_ROWS = 5000;

const COLUMNS = ['name', 'email', 'phone', 'position'] as const;
type Column = (typeof COLUMNS)[number];

// Spreadsheets made in Russian often carry Russian headings.
const ALIASES: Readonly<Record<string, Column>> = {
  name: 'name',
  имя: 'name',
  фио: 'name',
  'ф.и.о.': 'name',
  email: 'email',
  'e-mail': 'email',
  почта: 'email',
  'электронная почта': 'email',
  phone: 'phone',
  телефон: 'phone',
  position: 'position',
  должность: 'position',
};

export interface ContactDraft {
  name: string;
  email: string;
  phone?: string | undefined;
  position?: string | undefined;
}

export interface RowReason {
  field?: Column;
  code: MessageCode;
  params: MessageParams;
}

export type RowVerdict =
  | { line: number; ok: true; contact: ContactDraft }
  | { line: number; ok: false; name?: string; email?: string; reasons: RowReason[] };

/**
 * Checks every data row of `csv` against the contact rules, the other rows and the e-mails the
 * contract already lists; throws for a file that cannot be read as a whole (header, size, quotes).
 */
export function planContactImport(csv: string, existingEmails: ReadonlySet<string>): RowVerdict[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header || rows.length === 0) throw new DomainError('contacts_import.empty');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new DomainError('contacts_import.too_many_rows', { value: rows.length, max: MAX_IMPORT_ROWS });
  }
  const columns = readHeader(header.cells);
  const firstLineOf = new Map<string, number>();
  return rows.map((row): RowVerdict => {
    const raw: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      const value = row.cells[i]?.trim() ?? '';
      if (value !== '') raw[column] = value;
    });
    const reasons: RowReason[] = [];
    if (row.cells.length > columns.length) {
      reasons.push({
        code: 'contacts_import.extra_cells',
        params: { count: row.cells.length, expected: columns.length },
      });
    }
    const parsed = contactInput.safeParse({ name: raw.name ?? '', email: raw.email ?? '', ...optional(raw) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reasons.push(reasonOf(issue.path[0], issue.code, raw));
    }
    const email = parsed.data?.email.toLowerCase();
    if (email && reasons.length === 0) {
      const first = firstLineOf.get(email);
      if (first !== undefined) {
        reasons.push({
          field: 'email',
          code: 'contacts_import.duplicate_row',
          params: { value: email, line: first },
        });
      } else if (existingEmails.has(email)) {
        reasons.push({ field: 'email', code: 'contact.already_exists', params: { value: email } });
      }
      firstLineOf.set(email, firstLineOf.get(email) ?? row.line);
    }
    if (parsed.success && reasons.length === 0) return { line: row.line, ok: true, contact: parsed.data };
    return {
      line: row.line,
      ok: false,
      ...(raw.name ? { name: raw.name } : {}),
      ...(raw.email ? { email: raw.email } : {}),
      reasons,
    };
  });
}

function optional(raw: Partial<Record<Column, string>>): Partial<Record<'phone' | 'position', string>> {
  return {
    ...(raw.phone !== undefined ? { phone: raw.phone } : {}),
    ...(raw.position !== undefined ? { position: raw.position } : {}),
  };
}

function readHeader(cells: string[]): Column[] {
  const issues: Issue[] = [];
  const columns: Column[] = [];
  cells.forEach((cell, i) => {
    const heading = cell.trim().toLowerCase();
    const column = Object.hasOwn(ALIASES, heading) ? ALIASES[heading] : undefined;
    if (!column) {
      issues.push({
        path: `$.header[${i}]`,
        code: 'contacts_import.unknown_column',
        params: { value: cell.trim() },
      });
    } else if (columns.includes(column)) {
      issues.push({
        path: `$.header[${i}]`,
        code: 'contacts_import.duplicate_column',
        params: { value: column },
      });
    }
    if (column) columns.push(column);
  });
  for (const required of ['name', 'email'] as const) {
    if (!columns.includes(required)) {
      issues.push({ path: '$.header', code: 'contacts_import.missing_column', params: { value: required } });
    }
  }
  if (issues.length > 0) throw new DomainError('contacts_import.bad_header', {}, issues);
  return columns;
}

function reasonOf(
  key: PropertyKey | undefined,
  zodCode: string,
  raw: Partial<Record<Column, string>>,
): RowReason {
  const field = COLUMNS.find((c) => c === key);
  if (field === 'email' && zodCode !== 'too_big') {
    return raw.email
      ? { field, code: 'contact.bad_email', params: { value: raw.email } }
      : { field, code: 'contact.email_required', params: {} };
  }
  if (field === 'name' && zodCode === 'too_small')
    return { field, code: 'contact.name_required', params: {} };
  return { ...(field ? { field } : {}), code: 'contact.too_long', params: { value: field ?? '?' } };
}
