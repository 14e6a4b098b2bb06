// @vitest-environment happy-dom
// The portal's name is one in each language: «Срок» in Russian, Srok in English, in the header, the
// page titles and the footer alike (R2).
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Shell } from './shell.tsx';
import { renderWithProviders } from './test-setup.tsx';
import { Page } from './ui/ui.tsx';

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ user: null, csrfToken: 'csrf' }), { status: 200 })),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it.each([
  ['ru', 'Срок', 'Вход — Срок'],
  ['en', 'Srok', 'Sign in — Srok'],
] as const)('in %s the header, the title and the footer say %s', (lang, brand, title) => {
  renderWithProviders(
    <Shell routes={[]}>
      <Page title={lang === 'ru' ? 'Вход' : 'Sign in'}>…</Page>
    </Shell>,
    { lang },
  );
  expect(screen.getByRole('link', { name: brand })).toBeTruthy();
  expect(document.title).toBe(title);
  expect(screen.getByRole('contentinfo').textContent?.startsWith(`${brand} — `)).toBe(true);
});
