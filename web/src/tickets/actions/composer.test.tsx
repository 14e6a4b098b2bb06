// @vitest-environment happy-dom
// An opened form takes the focus at its first field, so the keys typed next fill it instead of
// setting off the page's shortcuts; the focus stays put when the form opens without it.
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-setup.tsx';
import { ticketFixture } from '../test-fixtures.ts';
import type { ActionId } from './available-actions.ts';
import { Composer } from './composer.tsx';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      json(
        url === '/api/staff'
          ? [{ id: 'u-engineer', name: 'Инженер', role: 'engineer' }]
          : url === '/api/plans'
            ? []
            : ticketFixture(),
      ),
    ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const lead = { id: 'u-lead', role: 'lead' } as const;

function open(action: ActionId, autoFocus = true) {
  renderWithProviders(
    <Composer
      ticket={ticketFixture({ status: 'in_progress' })}
      user={lead}
      action={action}
      id="composer"
      onClose={() => {}}
      onDone={() => {}}
      autoFocus={autoFocus}
    />,
  );
  return document.getElementById('composer') as HTMLElement;
}

describe('Composer', () => {
  it.each<ActionId>(['parameters', 'deadline', 'assign', 'link_problem', 'merge'])(
    'puts the focus in the first field of the %s form',
    async (action) => {
      const box = open(action);
      // The assign form's list of staff arrives after the form opens.
      await waitFor(() => expect(box.querySelector('input, select, textarea')).not.toBeNull());
      expect(document.activeElement).toBe(box.querySelector('input, select, textarea'));
    },
  );

  it('leaves the focus alone when asked to', () => {
    const box = open('parameters', false);
    expect(box.contains(document.activeElement)).toBe(false);
  });
});
