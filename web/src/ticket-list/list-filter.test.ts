import { describe, expect, it } from 'vitest';
import { apiParams, filterSearch, type ListFilter, parseFilter, searchText } from './list-filter.ts';

const DEFAULTS: ListFilter = { status: 'open' };

describe('list filters in the address', () => {
  it('round-trips through the search part, leaving defaults out', () => {
    const f: ListFilter = { status: 'closed', type: 'incident', assignee: 'me', dispute: true, q: 'отчёт' };
    const search = filterSearch(f, DEFAULTS);
    expect(parseFilter(search, DEFAULTS)).toEqual(f);
    expect(filterSearch(DEFAULTS, DEFAULTS)).toBe('');
  });

  it('ignores values it does not know', () => {
    expect(parseFilter('status=lost&type=bug&assignee=boss', DEFAULTS)).toEqual(DEFAULTS);
  });

  it('asks the API for the open statuses, one status, or all', () => {
    expect(apiParams({ status: 'open' }).status).toBe('new,in_progress,waiting_customer,solution_proposed');
    expect(apiParams({ status: 'closed' }).status).toBe('closed');
    expect(apiParams({ status: 'all' }).status).toBeUndefined();
    expect(apiParams({ status: 'all', dispute: true }).dispute).toBe('open');
  });

  it('searches «SR-1042» as the number', () => {
    expect(searchText('SR-1042')).toBe('1042');
    expect(searchText(' sr 77 ')).toBe('77');
    expect(searchText('медленный отчёт')).toBe('медленный отчёт');
    expect(searchText('  ')).toBeUndefined();
  });
});
