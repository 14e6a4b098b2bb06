// The environment is read once, with defaults, and a bad variable is named in the error.
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('config', () => {
  it('keeps delivered outbox rows and development mails 30 days by default', () => {
    const config = loadConfig({});
    expect(config.SROK_OUTBOX_RETENTION_DAYS).toBe(30);
    expect(config.SROK_MAILBOX_RETENTION_DAYS).toBe(30);
    expect(loadConfig({ SROK_OUTBOX_RETENTION_DAYS: '90', SROK_MAILBOX_RETENTION_DAYS: '1' })).toMatchObject({
      SROK_OUTBOX_RETENTION_DAYS: 90,
      SROK_MAILBOX_RETENTION_DAYS: 1,
    });
  });

  it('refuses an outbox retention shorter than 14 days, naming the variable', () => {
    expect(() => loadConfig({ SROK_OUTBOX_RETENTION_DAYS: '13' })).toThrow(/SROK_OUTBOX_RETENTION_DAYS/);
    expect(() => loadConfig({ SROK_MAILBOX_RETENTION_DAYS: 'месяц' })).toThrow(/SROK_MAILBOX_RETENTION_DAYS/);
  });

  it('trusts no proxy by default; true, a hop count, or a list of addresses and CIDRs when set', () => {
    expect(loadConfig({}).SROK_TRUST_PROXY).toBe(false);
    expect(loadConfig({ SROK_TRUST_PROXY: 'false' }).SROK_TRUST_PROXY).toBe(false);
    expect(loadConfig({ SROK_TRUST_PROXY: 'true' }).SROK_TRUST_PROXY).toBe(true);
    expect(loadConfig({ SROK_TRUST_PROXY: '2' }).SROK_TRUST_PROXY).toBe(2);
    expect(
      loadConfig({ SROK_TRUST_PROXY: '10.0.0.1, 172.16.0.0/12,::1,fd00::/8,loopback' }).SROK_TRUST_PROXY,
    ).toEqual(['10.0.0.1', '172.16.0.0/12', '::1', 'fd00::/8', 'loopback']);
    for (const bad of ['yes', '10.0.0.1/33', 'proxy.local', '10.0.0.1,,10.0.0.2']) {
      expect(() => loadConfig({ SROK_TRUST_PROXY: bad }), bad).toThrow(/SROK_TRUST_PROXY/);
    }
  });

  it('marks cookies Secure when the public address is https, unless forced either way', () => {
    expect(loadConfig({}).SROK_SECURE_COOKIES).toBe(false);
    expect(loadConfig({ SROK_PUBLIC_URL: 'http://srok.example.ru' }).SROK_SECURE_COOKIES).toBe(false);
    expect(loadConfig({ SROK_PUBLIC_URL: 'https://srok.example.ru' }).SROK_SECURE_COOKIES).toBe(true);
    expect(
      loadConfig({ SROK_PUBLIC_URL: 'https://srok.example.ru', SROK_SECURE_COOKIES: '0' })
        .SROK_SECURE_COOKIES,
    ).toBe(false);
    expect(loadConfig({ SROK_SECURE_COOKIES: '1' }).SROK_SECURE_COOKIES).toBe(true);
    expect(() => loadConfig({ SROK_SECURE_COOKIES: 'yes' })).toThrow(/SROK_SECURE_COOKIES/);
  });

  it('leaves /metrics open unless a metrics token of 16 characters or more is set', () => {
    expect(loadConfig({}).SROK_METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ SROK_METRICS_TOKEN: 'scrape-me-0123456789' }).SROK_METRICS_TOKEN).toBe(
      'scrape-me-0123456789',
    );
    expect(() => loadConfig({ SROK_METRICS_TOKEN: 'short' })).toThrow(/SROK_METRICS_TOKEN/);
  });

  it('refuses the test clock in production', () => {
    expect(() => loadConfig({ SROK_TEST_CLOCK: '1', NODE_ENV: 'production' })).toThrow(/SROK_TEST_CLOCK/);
  });
});
