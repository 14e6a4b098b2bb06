// Loads a filtered ticket list page by page (the API's cursor) with the counts per status.
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '../api/client.ts';
import { apiParams, type ListFilter } from './list-filter.ts';
import { STATUSES, type TicketListPage, type TicketStatus, type TicketSummary } from './types.ts';

export const TICKETS_KEY = 'tickets';

export interface TicketList {
  items: TicketSummary[];
  counts: Record<TicketStatus, number> | null;
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

/** The tickets matching the filter, in the API's order for the viewer (support: by due instant). */
export function useTicketList(filter: ListFilter, options: { refetchInterval?: number } = {}): TicketList {
  const params = apiParams(filter);
  const q = useInfiniteQuery({
    queryKey: [TICKETS_KEY, params],
    queryFn: ({ pageParam, signal }) =>
      api.get<TicketListPage>(`/api/tickets${query({ ...params, cursor: pageParam })}`, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    ...(options.refetchInterval ? { refetchInterval: options.refetchInterval } : {}),
  });
  const pages = q.data?.pages ?? [];
  return {
    items: pages.flatMap((p) => p.items),
    counts: pages[0]?.counts ?? null,
    loading: q.isPending,
    error: q.error,
    hasMore: q.hasNextPage,
    loadingMore: q.isFetchingNextPage,
    loadMore: () => void q.fetchNextPage(),
  };
}

/** Tickets in all statuses together. */
export function totalOf(counts: Record<TicketStatus, number>): number {
  return STATUSES.reduce((sum, s) => sum + counts[s], 0);
}
