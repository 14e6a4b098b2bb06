// Runs one action on the ticket for a form: sends it as of the version the user saw, stores the
// answer, and on a conflict (409) re-reads the ticket and says so calmly, leaving the form as typed.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { isConflict, isFollowUp, reloadTicket, sendAction, storeTicket } from '../ticket-api.ts';
import type { FollowUp, Ticket } from '../types.ts';

export type ActionOutcome = { ok: true; result: Ticket | FollowUp } | { ok: false };

export interface TicketActionState {
  pending: boolean;
  /** The server's refusal (already in the user's language), if the last attempt failed. */
  error: ApiError | Error | null;
  /** The last attempt met a newer version of the ticket: it has been re-read. */
  conflict: 'version' | 'other' | null;
  run: (path: string, body: object, idempotencyKey?: string) => Promise<ActionOutcome>;
  reset: () => void;
}

/** The state and the `run` of an action form on `ticket`. */
export function useTicketAction(ticket: Pick<Ticket, 'number' | 'version'>): TicketActionState {
  const client = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [conflict, setConflict] = useState<'version' | 'other' | null>(null);
  const reset = () => {
    setError(null);
    setConflict(null);
  };
  async function run(path: string, body: object, idempotencyKey?: string): Promise<ActionOutcome> {
    setPending(true);
    reset();
    try {
      const result = await sendAction(ticket, path, body, idempotencyKey);
      if (!isFollowUp(result)) storeTicket(client, result);
      else await reloadTicket(client, ticket.number);
      return { ok: true, result };
    } catch (err) {
      if (isConflict(err)) {
        const version = err instanceof ApiError && err.code.endsWith('version_conflict');
        setConflict(version ? 'version' : 'other');
        if (!version) setError(err as ApiError);
        await reloadTicket(client, ticket.number).catch(() => undefined);
      } else {
        setError(err instanceof Error ? err : new Error(String(err)));
      }
      return { ok: false };
    } finally {
      setPending(false);
    }
  }
  return { pending, error, conflict, run, reset };
}
