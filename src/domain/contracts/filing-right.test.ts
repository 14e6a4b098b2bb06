// R10: only an authorized contact of a contract valid today may file; a refusal says why and whom to ask.
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { type Contract, checkFilingRight } from './filing-right.ts';

const contract = (overrides: Partial<Contract> = {}): Contract => ({
  id: 'c1',
  organizationId: 'org-1',
  number: 'Д-2026/15',
  planId: 'standard',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  contacts: [{ name: 'Ирина Петрова', email: 'Irina@Example.ru', position: 'Главный бухгалтер' }],
  ...overrides,
});

const refusal = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

const NOV_24 = Date.UTC(2026, 10, 24, 9);

describe('checkFilingRight (R10)', () => {
  it('accepts an authorized contact of a valid contract, e-mail trimmed and matched case-insensitively', () => {
    expect(checkFilingRight(' irina@EXAMPLE.ru ', [contract()], NOV_24).id).toBe('c1');
  });

  it('refuses anyone not listed: says why, and to ask the portal administrator', () => {
    const err = refusal(() => checkFilingRight('someone@example.ru', [contract()], NOV_24));
    expect(err).toMatchObject({
      code: 'ticket.not_authorized_contact',
      params: { email: 'someone@example.ru' },
    });
    expect(err.localize('ru')).toMatch(/уполномоченный представитель.*администратору портала/);
  });

  it('names the organization’s responsible person when known', () => {
    const boss = { name: 'Олег Сидоров', email: 'oleg@example.ru', phone: '+7 495 000-00-00' };
    const err = refusal(() => checkFilingRight('someone@example.ru', [contract()], NOV_24, boss));
    expect(err.code).toBe('ticket.not_authorized_ask_person');
    expect(err.localize('ru')).toContain('(Олег Сидоров (oleg@example.ru, +7 495 000-00-00))');
  });

  it.each([
    ['after it ended', Date.UTC(2027, 0, 1, 12), '2027-01-01'],
    ['on 1 January in Moscow, still 31 December in UTC', Date.UTC(2026, 11, 31, 22), '2027-01-01'],
    ['before it began', Date.UTC(2025, 11, 31, 12), '2025-12-31'],
  ])('refuses %s with the dates (Moscow dates decide)', (_name, now, today) => {
    const err = refusal(() => checkFilingRight('irina@example.ru', [contract()], now));
    expect(err).toMatchObject({
      code: 'ticket.contract_expired',
      params: { number: 'Д-2026/15', from: '2026-01-01', to: '2026-12-31', today },
    });
  });

  it('the last day is inclusive, in Moscow', () => {
    expect(checkFilingRight('irina@example.ru', [contract()], Date.UTC(2026, 11, 31, 20, 59)).id).toBe('c1');
  });

  it('an open-ended contract stays valid; with several valid, the most recent one is used', () => {
    expect(checkFilingRight('irina@example.ru', [contract({ validTo: null })], Date.UTC(2030, 0, 1)).id).toBe(
      'c1',
    );
    const renewed = contract({ id: 'c2', number: 'Д-2026/40', validFrom: '2026-06-01' });
    expect(checkFilingRight('irina@example.ru', [contract(), renewed], NOV_24).id).toBe('c2');
    expect(checkFilingRight('irina@example.ru', [renewed, contract()], NOV_24).id).toBe('c2');
  });

  it('an expired contract beside a valid one does not stand in the way', () => {
    const old = contract({ id: 'c0', number: 'Д-2025/3', validFrom: '2025-01-01', validTo: '2025-12-31' });
    expect(checkFilingRight('irina@example.ru', [old, contract()], NOV_24).id).toBe('c1');
  });
});
