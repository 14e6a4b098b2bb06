// R19: which named builds are older than the newest build with fixes for the customer's tickets.
import { describe, expect, it } from 'vitest';
import { compareVersions, isOlderBuild } from './newer-build.ts';

describe('R19: older build', () => {
  it.each([
    ['2.9', '2.10', -1],
    ['v3.1.0', '3.1.0', 0],
    ['1.0-rc', '1.0.1', -1],
    ['10.0', '9.9.9', 1],
  ])('compares %s with %s naturally', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  const newest = { version: '5.2', releasedOn: '2026-03-01' };

  it.each([
    ['a known build released earlier', { version: '5.1', releasedOn: '2026-02-01' }, true],
    ['a known build released later', { version: '5.3', releasedOn: '2026-03-05' }, false],
    ['the newest build itself', { version: '5.2', releasedOn: '2026-03-01' }, false],
    [
      'a known build of the same day with a lower version',
      { version: '5.1.9', releasedOn: '2026-03-01' },
      true,
    ],
    ['an unknown lower version', { version: '4.8', releasedOn: null }, true],
    ['an unknown higher version', { version: '5.10', releasedOn: null }, false],
    ['an unknown word', { version: 'последняя', releasedOn: null }, false],
  ])('%s', (_name, named, older) => {
    expect(isOlderBuild(named, newest)).toBe(older);
  });
});
