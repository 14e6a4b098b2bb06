// The organizations the queue can be narrowed to: the full list for leads and administrators (who may
// read it), otherwise those seen in the loaded rows.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import type { Role } from '../../../api/types.ts';
import type { TicketSummary } from '../../../ticket-list/types.ts';

export interface OrganizationOption {
  id: string;
  name: string;
}

/** Organizations by name; `selected` stays in the list even when no loaded row has it. */
export function useOrganizations(
  role: Role | undefined,
  rows: TicketSummary[],
  selected: string | undefined,
): OrganizationOption[] {
  const mayList = role === 'lead' || role === 'admin';
  const listed = useQuery({
    queryKey: ['organizations'],
    queryFn: () => api.get<OrganizationOption[]>('/api/organizations'),
    enabled: mayList,
    staleTime: 300_000,
  });
  const byId = new Map<string, string>();
  for (const o of listed.data ?? []) byId.set(o.id, o.name);
  for (const r of rows)
    if (!byId.has(r.organization.id)) byId.set(r.organization.id, r.organization.name ?? r.organization.id);
  if (selected && !byId.has(selected)) byId.set(selected, selected);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}
