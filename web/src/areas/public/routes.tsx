// The public area's pages (R1): start, sign-in and registration, the agreement and contacts.
import { lazy } from 'react';
import type { AreaRoute } from '../../routing.tsx';
import { LazyBoundary } from './lazy-page.tsx';
import { LoginPage } from './login-page.tsx';
import { RegisterPage } from './register-page.tsx';
import { ResetPasswordPage } from './reset-password-page.tsx';
import { SetupPage } from './setup-page.tsx';
import { StartPage } from './start-page.tsx';
import { VerifyEmailPage } from './verify-email-page.tsx';

// The Markdown renderer is the heaviest dependency: only these two pages load it.
const LazyAgreement = lazy(() => import('./agreement-page.tsx'));
const LazyContacts = lazy(() => import('./contacts-page.tsx'));

function AgreementPage() {
  return (
    <LazyBoundary>
      <LazyAgreement />
    </LazyBoundary>
  );
}

function ContactsPage() {
  return (
    <LazyBoundary>
      <LazyContacts />
    </LazyBoundary>
  );
}

export const publicRoutes: AreaRoute[] = [
  { path: '/', component: StartPage, access: 'public' },
  { path: '/setup', component: SetupPage, access: 'public' },
  { path: '/login', component: LoginPage, access: 'public' },
  { path: '/register', component: RegisterPage, access: 'public' },
  { path: '/verify-email', component: VerifyEmailPage, access: 'public' },
  { path: '/reset-password', component: ResetPasswordPage, access: 'public' },
  {
    path: '/agreement',
    component: AgreementPage,
    access: 'public',
    nav: { ru: 'Соглашение', en: 'Agreement', order: 90 },
  },
  {
    path: '/contacts',
    component: ContactsPage,
    access: 'public',
    nav: { ru: 'Контакты', en: 'Contacts', order: 95 },
  },
];
