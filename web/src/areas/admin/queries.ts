// Lists several admin pages share: organizations, plans, calendars.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { type CalendarItem, keys, type Organization, type Plan } from './admin-api.ts';

/** All customer organizations. */
export function useOrganizations() {
  return useQuery({
    queryKey: keys.organizations,
    queryFn: () => api.get<Organization[]>('/api/organizations'),
  });
}

/** All service plans with their targets. */
export function usePlans() {
  return useQuery({ queryKey: keys.plans, queryFn: () => api.get<Plan[]>('/api/plans') });
}

/** All calendars (without their definitions). */
export function useCalendars() {
  return useQuery({ queryKey: keys.calendars, queryFn: () => api.get<CalendarItem[]>('/api/calendars') });
}
