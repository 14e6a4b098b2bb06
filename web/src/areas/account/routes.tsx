// The signed-in user's own pages: profile, notifications.
import type { AreaRoute } from '../../routing.tsx';
import { NotificationsPage } from './notifications-page.tsx';
import { ProfilePage } from './profile-page.tsx';

export const accountRoutes: AreaRoute[] = [
  { path: '/profile', component: ProfilePage, access: 'signed-in' },
  {
    path: '/notifications',
    component: NotificationsPage,
    access: 'signed-in',
    nav: { ru: 'Уведомления', en: 'Notifications', order: 80 },
  },
];
