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

  it('refuses the test clock in production', () => {
    expect(() => loadConfig({ SROK_TEST_CLOCK: '1', NODE_ENV: 'production' })).toThrow(/SROK_TEST_CLOCK/);
  });
});
