import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.ts';
import { detectSeparator, parseCsv } from './csv.ts';

describe('CSV reader', () => {
  it.each([
    ['name;email\nА;a@x.ru', ';'],
    ['name,email\nА,a@x.ru', ','],
    ['"Фамилия, имя";email', ';'],
    ['name', ','],
  ])('takes the separator of %j from its header: %s', (text, sep) => {
    expect(detectSeparator(text)).toBe(sep);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks, and numbers records by line', () => {
    const text = '\uFEFFname;email\r\n"Иванов; Иван";ivan@x.ru\r\n\r\n"ООО ""Ромашка""\nотдел";a@x.ru\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['name', 'email'] },
      { line: 2, cells: ['Иванов; Иван', 'ivan@x.ru'] },
      { line: 4, cells: ['ООО "Ромашка"\nотдел', 'a@x.ru'] },
    ]);
  });

  it('refuses a quote that is never closed, naming the line it opens on', () => {
    const read = () => parseCsv('name,email\n"Иван,ivan@x.ru\n');
    expect(read).toThrow(DomainError);
    expect(read).toThrow(expect.objectContaining({ code: 'contacts_import.bad_csv', params: { value: 2 } }));
  });
});
