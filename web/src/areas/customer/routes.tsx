// The customer area's pages.
import type { AreaRoute } from '../../routing.tsx';

export const customerRoutes: AreaRoute[] = [];
