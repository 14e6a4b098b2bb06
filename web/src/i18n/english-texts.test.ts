// English texts read as English (R2): quotation marks are “…”, not the Russian «…».
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['../**/*.{ts,tsx}', '!**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The lines of the `en` texts in `source`: `en: { … }` blocks and one-line `en: '…'` values. */
function englishLines(source: string): string[] {
  const out: string[] = [];
  let end: string | null = null;
  for (const line of source.split('\n')) {
    if (end !== null) {
      if (line.trimEnd() === end || line.trimEnd() === `${end},`) end = null;
      else out.push(line);
      continue;
    }
    const block = /^(\s*)en: \{$/.exec(line);
    if (block) end = `${block[1]}}`;
    else if (/\ben: ['"`]/.test(line)) out.push(line.slice(line.search(/\ben: /)));
  }
  return out.filter((line) => !line.trim().startsWith('//'));
}

describe('English texts', () => {
  it('finds the English texts of a file', () => {
    const source =
      "const t = {\n  ru: {\n    a: 'План «{x}»',\n  },\n  en: {\n    a: 'Plan “{x}”',\n  },\n};";
    expect(englishLines(source)).toEqual(["    a: 'Plan “{x}”',"]);
    expect(englishLines("nav: { ru: 'Вход', en: 'Sign «in»' },")).toEqual(["en: 'Sign «in»' },"]);
    expect(Object.keys(sources).length).toBeGreaterThan(100);
  });

  it.each(Object.keys(sources))('%s quotes in English with “…”', (path) => {
    expect(englishLines(sources[path] as string).filter((line) => /[«»]/.test(line))).toEqual([]);
  });
});
