// The support area's pages.
import type { AreaRoute } from '../../routing.tsx';

export const supportRoutes: AreaRoute[] = [];
