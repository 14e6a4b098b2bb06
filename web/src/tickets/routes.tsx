// The ticket page, shared by customers and support.
import type { AreaRoute } from '../routing.tsx';

export const ticketRoutes: AreaRoute[] = [];
