// @vitest-environment happy-dom
// An organization's contracts name their plan as the plan pages do («Стандартный»), not by its code.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test-setup.tsx';
import { ContractsTable } from './contracts-table.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('shows the plan by its name', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === '/api/plans'
        ? new Response(JSON.stringify([{ id: 'standard', name: 'Стандартный' }]), { status: 200 })
        : new Response('{}', { status: 404 }),
    ),
  );
  const contract = {
    id: 'c1',
    organizationId: 'o1',
    number: 'Д-1',
    planId: 'standard',
    validFrom: '2026-01-01',
    validTo: null,
  };
  renderWithProviders(<ContractsTable contracts={[contract]} today="2026-05-06" />);
  expect(await screen.findByText('Стандартный')).toBeTruthy();
  expect(screen.queryByText('standard')).toBeNull();
});
