// Rule ids (R9, R16…) are the code's and the spec's names: customers and staff never see them. They
// may stay in comments; no string of the ticket pages, lists, filing form, queue or reports holds one.
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(
  [
    './**/*.{ts,tsx}',
    '../ticket-list/**/*.{ts,tsx}',
    '../areas/customer/**/*.{ts,tsx}',
    '../areas/support/**/*.{ts,tsx}',
    '../areas/reports/**/*.{ts,tsx}',
    '!**/*.test.{ts,tsx}',
  ],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

/** The lines of `source` outside comments that quote a rule id. */
function quotedRuleIds(source: string): string[] {
  return source
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter((line) => !line.startsWith('*') && !line.startsWith('/*'))
    .filter((line) => /['"`][^'"`]*\bR\d{1,2}\b[^'"`]*['"`]/.test(line));
}

describe('user-facing texts', () => {
  it('reads the sources it checks', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(quotedRuleIds("    pausedDue: 'время ожидания не считается (R9).',")).toHaveLength(1);
    expect(quotedRuleIds('// pausedDue states R9')).toHaveLength(0);
  });

  it.each(Object.keys(sources))('%s quotes no rule id', (path) => {
    expect(quotedRuleIds(sources[path] as string)).toEqual([]);
  });
});
