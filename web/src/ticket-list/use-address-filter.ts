// Keeps a list's filter in the address bar: reading it, and replacing it when a filter changes.
import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { filterSearch, type ListFilter, parseFilter } from './list-filter.ts';

/** The filter the address holds and a setter that writes it back (no new history entry); `defaults` must be a constant. */
export function useAddressFilter(defaults: ListFilter): [ListFilter, (next: ListFilter) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const filter = useMemo(() => parseFilter(search, defaults), [search, defaults]);
  const setFilter = useCallback(
    (next: ListFilter) => {
      const s = filterSearch(next, defaults);
      navigate(s ? `${location}?${s}` : location, { replace: true });
    },
    [location, navigate, defaults],
  );
  return [filter, setFilter];
}
