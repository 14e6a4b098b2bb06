// The signed-in user's own pages: profile, notifications.
import type { AreaRoute } from '../../routing.tsx';

export const accountRoutes: AreaRoute[] = [];
