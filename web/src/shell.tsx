// The frame around every page: skip link, header with the menu for the user's role, the
// language switch (saved to a signed-in user's profile too), sign-out, and the footer.
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from './api/client.ts';
import { UnreadBadge } from './areas/account/unread-badge.tsx';
import { defineTexts, useLang, useT } from './i18n/i18n.tsx';
import { type AreaRoute, mayOpen } from './routing.tsx';
import { useSession, useSwitchLang } from './session.tsx';
import { BRAND } from './ui/ui.tsx';

const texts = defineTexts({
  ru: {
    skip: 'Перейти к содержанию',
    menu: 'Основное меню',
    login: 'Вход',
    register: 'Регистрация',
    logout: 'Выйти',
    language: 'Язык интерфейса',
    footer: 'Срок — портал технической поддержки по соглашению об уровне сервиса',
  },
  en: {
    skip: 'Skip to content',
    menu: 'Main menu',
    login: 'Sign in',
    register: 'Sign up',
    logout: 'Sign out',
    language: 'Interface language',
    footer: 'Srok — a support portal run by its service-level agreement',
  },
});

/** Lays out a page inside the header, menu and footer. */
export function Shell({ routes, children }: { routes: AreaRoute[]; children: ReactNode }) {
  const t = useT(texts);
  const { lang } = useLang();
  const switchLang = useSwitchLang();
  const { user, adopt } = useSession();
  const [location, navigate] = useLocation();
  const client = useQueryClient();
  const menu = routes
    .filter((r) => r.nav && mayOpen(r.access, user) && !(user && r.access === 'public' && r.nav.order < 0))
    .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0));

  async function logout() {
    await api.post('/api/auth/logout').catch(() => undefined);
    adopt({ user: null, csrfToken: null });
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    navigate('/login');
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          {BRAND[lang]}
        </Link>
        <nav aria-label={t('menu')} className="menu">
          {menu.map((r) => (
            <Link
              key={r.path}
              href={r.path}
              className={location === r.path ? 'active' : ''}
              aria-current={location === r.path ? 'page' : undefined}
            >
              {r.nav?.[lang]}
              {r.path === '/notifications' ? <UnreadBadge /> : null}
            </Link>
          ))}
        </nav>
        <div className="topbar-end">
          <select
            aria-label={t('language')}
            value={lang}
            onChange={(e) => {
              // Not saved (offline, signed out meanwhile): the interface is switched all the same.
              switchLang(e.target.value as 'ru' | 'en').catch(() => undefined);
            }}
          >
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
          {user ? (
            <>
              <Link href="/profile" className="user-name">
                {user.name}
              </Link>
              <button type="button" className="btn btn-link" onClick={logout}>
                {t('logout')}
              </button>
            </>
          ) : (
            <>
              <Link href="/login">{t('login')}</Link>
              <Link href="/register">{t('register')}</Link>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">{t('footer')}</footer>
    </div>
  );
}
