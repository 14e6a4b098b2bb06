// The public area's pages.
import type { AreaRoute } from '../../routing.tsx';

export const publicRoutes: AreaRoute[] = [];
