import { describe, expect, it } from 'vitest';
import { pickLang, requestedLang } from './index.ts';

describe('requestedLang: the language an Accept-Language header asks for', () => {
  it.each([
    ['en', 'en'],
    ['ru', 'ru'],
    ['en-GB,en;q=0.9', 'en'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['ru;q=0.1, en;q=0.9', 'en'], // weights count, not order
    ['de-DE,de;q=0.9,en;q=0.5', 'en'], // the first supported one
    ['en;q=0.5, ru;q=0.5', 'en'], // a tie goes to the earlier
    ['EN-us', 'en'],
    ['en;q=0, ru', 'ru'], // q=0 refuses
    ['*', null],
    ['de, fr', null],
    ['', null],
  ])('%j → %s', (header, expected) => {
    expect(requestedLang(header)).toBe(expected);
  });

  it('is null without a header, and pickLang then falls back to Russian', () => {
    expect(requestedLang(undefined)).toBeNull();
    expect(pickLang(undefined)).toBe('ru');
    expect(pickLang('de')).toBe('ru');
    expect(pickLang('ru;q=0.2,en;q=0.8')).toBe('en');
  });
});
