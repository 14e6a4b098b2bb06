// Reading a ticket and acting on it: queries, actions sent with If-Match (the version the user saw),
// and uploads with progress.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../api/client.ts';
import type { SessionInfo } from '../api/types.ts';
import { SESSION_KEY } from '../session.tsx';
import type { Attachment, FollowUp, Ticket, TicketEvent } from './types.ts';

export const ticketKey = (n: number) => ['ticket', n] as const;
export const attachmentsKey = (n: number) => ['ticket', n, 'attachments'] as const;
export const eventsKey = (n: number) => ['ticket', n, 'events'] as const;

/** The ticket page's data. */
export function useTicket(n: number) {
  return useQuery({ queryKey: ticketKey(n), queryFn: () => api.get<Ticket>(`/api/tickets/${n}`) });
}

/** The ticket's files (support also sees internal ones). */
export function useAttachments(n: number) {
  return useQuery({
    queryKey: attachmentsKey(n),
    queryFn: async () => (await api.get<{ items: Attachment[] }>(`/api/tickets/${n}/attachments`)).items,
  });
}

/** The audit trail, loaded when the history tab opens. */
export function useEvents(n: number, enabled: boolean) {
  return useQuery({
    queryKey: eventsKey(n),
    queryFn: async () => (await api.get<{ items: TicketEvent[] }>(`/api/tickets/${n}/events`)).items,
    enabled,
  });
}

/** The service plans, by id, for naming a plan change. */
export function usePlans(enabled = true) {
  return useQuery({
    queryKey: ['plans'],
    queryFn: () => api.get<{ id: string; name: string }[]>('/api/plans'),
    staleTime: 300_000,
    enabled,
  });
}

/** Whether an error means the ticket changed under the user (someone else acted first). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/**
 * Sends one action on the ticket as of the version the user saw. Messages carry an Idempotency-Key so
 * a retry after a lost answer never posts twice. Resolves to the updated ticket, or to the new ticket
 * a customer's message on a closed one registered (R17).
 */
export async function sendAction(
  ticket: Pick<Ticket, 'number' | 'version'>,
  path: string,
  body: object,
  idempotencyKey?: string,
): Promise<Ticket | FollowUp> {
  const headers: Record<string, string> = { 'If-Match': `"${ticket.version}"` };
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  return api.post<Ticket | FollowUp>(`/api/tickets/${ticket.number}/${path}`, body, { headers });
}

/** Whether an action's answer is a follow-up ticket rather than the updated one. */
export function isFollowUp(result: Ticket | FollowUp): result is FollowUp {
  return 'followUp' in result;
}

/** After an action: the new page in the cache, history and files re-read when next shown. */
export function storeTicket(client: QueryClient, ticket: Ticket): void {
  client.setQueryData(ticketKey(ticket.number), ticket);
  void client.invalidateQueries({ queryKey: eventsKey(ticket.number) });
}

/** Re-reads the ticket (after a conflict) and everything shown with it. */
export async function reloadTicket(client: QueryClient, n: number): Promise<void> {
  await client.invalidateQueries({ queryKey: ['ticket', n] });
}

/**
 * Uploads files to the ticket as one multipart request, reporting progress from 0 to 1; `internal`
 * files are seen by support only. Rejects with the server's ApiError.
 */
export function uploadFiles(
  client: QueryClient,
  n: number,
  files: readonly File[],
  options: { internal?: boolean; lang: 'ru' | 'en'; onProgress?: (share: number) => void },
): Promise<Attachment[]> {
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  const csrf = client.getQueryData<SessionInfo>(SESSION_KEY)?.csrfToken;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/tickets/${n}/attachments${options.internal ? '?internal=true' : ''}`);
    xhr.setRequestHeader('Accept-Language', options.lang);
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress?.(e.loaded / e.total);
    };
    xhr.onerror = () =>
      reject(
        new ApiError(
          0,
          'network',
          options.lang === 'en' ? 'The server cannot be reached' : 'Сервер недоступен',
        ),
      );
    xhr.onload = () => {
      const json = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress?.(1);
        void client.invalidateQueries({ queryKey: attachmentsKey(n) });
        resolve((json as { items: Attachment[] }).items);
        return;
      }
      const e = (json as { error?: { code?: string; message?: string } } | null)?.error;
      reject(new ApiError(xhr.status, e?.code ?? 'http.error', e?.message ?? `HTTP ${xhr.status}`));
    };
    xhr.send(form);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
