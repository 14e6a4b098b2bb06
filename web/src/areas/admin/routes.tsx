// The admin area's pages.
import type { AreaRoute } from '../../routing.tsx';

export const adminRoutes: AreaRoute[] = [];
