import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { type ContractTerms, checkFilingRight } from './filing-right.ts';

const contract = (overrides: Partial<ContractTerms> = {}): ContractTerms => ({
  id: 'c1',
  organizationId: 'org-1',
  number: 'Д-2026/15',
  planId: 'standard',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  contacts: [{ name: 'Ирина Петрова', email: 'Irina@Example.ru' }],
  ...overrides,
});

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'none';
};

describe('checkFilingRight (R10)', () => {
  it('accepts an authorized contact of a valid contract, e-mail matched case-insensitively', () => {
    expect(checkFilingRight(' irina@example.ru ', [contract()], Date.UTC(2026, 10, 24)).id).toBe('c1');
  });

  it('refuses anyone not listed, saying why and whom to ask', () => {
    expect(code(() => checkFilingRight('someone@example.ru', [contract()], Date.UTC(2026, 10, 24)))).toBe(
      'ticket.not_authorized_contact',
    );
    try {
      checkFilingRight('someone@example.ru', [contract()], Date.UTC(2026, 10, 24));
    } catch (e) {
      expect((e as DomainError).localize('ru')).toMatch(/уполномоченный представитель.*администратору/);
    }
  });

  it('refuses outside the contract dates, judged by the Moscow date', () => {
    expect(code(() => checkFilingRight('irina@example.ru', [contract()], Date.UTC(2027, 0, 1, 12)))).toBe(
      'ticket.contract_not_valid',
    );
    // 2026-12-31 22:00 UTC is already 1 January in Moscow
    expect(code(() => checkFilingRight('irina@example.ru', [contract()], Date.UTC(2026, 11, 31, 22)))).toBe(
      'ticket.contract_not_valid',
    );
    expect(checkFilingRight('irina@example.ru', [contract({ validTo: null })], Date.UTC(2030, 0, 1)).id).toBe(
      'c1',
    );
  });
});
