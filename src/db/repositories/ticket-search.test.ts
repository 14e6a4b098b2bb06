// What a typed query means: its units (words, quoted phrases), which of them every match contains,
// and the prefixes its lexemes match (websearch_to_tsquery's output in, as PostgreSQL writes it).
import { describe, expect, it } from 'vitest';
import { searchQueryOf } from './ticket-search.ts';

const unitsOf = (tsquery: string) => searchQueryOf(tsquery)?.units.map((u) => u.query);

describe('searchQueryOf', () => {
  it('makes each lexeme of three or more characters a prefix; a shorter one stays a whole word', () => {
    expect(searchQueryOf("'сервер' & '1с'")).toEqual({
      units: [
        { query: "'сервер':*", required: true },
        { query: "'1с'", required: true },
      ],
      logic: "'0' & '1'",
    });
    // Escaped quotes and backslashes count as one character each.
    expect(unitsOf("'it''s' & 'a\\\\b' & 'a'''")).toEqual(["'it''s':*", "'a\\\\b':*", "'a'''"]);
  });

  it('lets a Russian lexeme the stemmer may have cut after а/я also match without its last letter', () => {
    const cases: Array<[string, string]> = [
      ["'журнал'", "( 'журнал':* | 'журна':* )"], // «журналы»: «журнал» itself is «журна»
      ["'терминал'", "( 'терминал':* | 'термина':* )"],
      ["'канал'", "( 'канал':* | 'кана':* )"],
      ["'печат'", "( 'печат':* | 'печа':* )"], // «печати»: «печать» is «печа»
      ["'сервер'", "'сервер':*"],
      ["'станк'", "'станк':*"], // «станки»: not «стан…», which would find «стандарт»
      ["'план'", "'план':*"], // four letters: «пла…» would find «платёж»
      ["'journal'", "'journal':*"],
    ];
    for (const [lexeme, unit] of cases) expect(unitsOf(lexeme), lexeme).toEqual([unit]);
  });

  it('keeps a phrase one unit; a word under a minus or beside an «or» is not one every match has', () => {
    expect(searchQueryOf("'пишет' <-> 'журна' | 'сервер' & !'обм'")).toEqual({
      units: [
        { query: "'пишет':* <-> 'журна':*", required: false },
        { query: "'сервер':*", required: false },
        { query: "'обм':*", required: false },
      ],
      logic: "'0' | '1' & ! '2'",
    });
    expect(searchQueryOf("'сервер' & !( 'журна' <-> 'баз' ) & 'sr' <-> '-1036'")).toEqual({
      units: [
        { query: "'сервер':*", required: true },
        { query: "'журна':* <-> 'баз':*", required: false },
        { query: "'sr' <-> '-1036':*", required: true },
      ],
      logic: "'0' & ! ( '1' ) & '2'",
    });
    expect(searchQueryOf("'сервер' & 'баз' | 'сервер' & 'ключ'")?.units.map((u) => u.required)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('has nothing to search when the text has no word', () => {
    expect(searchQueryOf('')).toBeNull();
  });
});
