// A small CSV reader for uploads from spreadsheets: `;` or `,` separated (the header decides),
// quoted fields with "" escapes and line breaks, a UTF-8 byte order mark tolerated.
import { DomainError } from '../../domain/errors.ts';

/** One record and the line of the file it starts on (1-based), for messages an admin can act on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * The records of a CSV text, blank lines skipped; throws `contacts_import.bad_csv` on an unclosed
 * quote and `request.not_utf8` on a NUL character.
 */
export function parseCsv(text: string): CsvRecord[] {
  // NULs mean a file saved as UTF-16 ("Unicode text" in Excel), and PostgreSQL refuses them in text.
  if (text.includes('\u0000')) throw new DomainError('request.not_utf8');
  const src = text.replace(/^\uFEFF/, '');
  const sep = detectSeparator(src);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    const isBreak = ch === '\n' || ch === '\r';
    if (isBreak && src[i + 1] === '\n' && ch === '\r') i++;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += isBreak ? '\n' : ch;
        if (isBreak) line++;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else if (isBreak) {
      endRecord();
      line++;
      start = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new DomainError('contacts_import.bad_csv', { value: start });
  endRecord();
  return records;
}

/** `;` when the header has more semicolons than commas outside quotes (Russian-locale spreadsheets), else `,`. */
export function detectSeparator(text: string): ';' | ',' {
  let quoted = false;
  let semicolons = 0;
  let commas = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}
