import { afterAll, beforeEach, describe, expect, it } from 'vitest';
// The public entry, not the module: a custom UI built on headless alone formats times with it.
import { resolveAuditTimeZone } from '../core.ts';

// Node re-reads TZ when it is assigned: each case runs in a zone far from UTC, so the runtime's zone shows.
const originalZone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Pacific/Chatham';
});
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('resolveAuditTimeZone', () => {
  it("reads 'local', an empty zone and no zone as the runtime's IANA zone", () => {
    expect(resolveAuditTimeZone('local')).toBe('Pacific/Chatham');
    expect(resolveAuditTimeZone(undefined)).toBe('Pacific/Chatham');
    expect(resolveAuditTimeZone()).toBe('Pacific/Chatham');
    expect(resolveAuditTimeZone('')).toBe('Pacific/Chatham');
  });

  it("reads the runtime's zone on each call, not once", () => {
    expect(resolveAuditTimeZone('local')).toBe('Pacific/Chatham');
    process.env.TZ = 'America/New_York';
    expect(resolveAuditTimeZone('local')).toBe('America/New_York');
  });

  it('returns a zone Intl knows as given, UTC included', () => {
    expect(resolveAuditTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(resolveAuditTimeZone('UTC')).toBe('UTC');
    expect(resolveAuditTimeZone('Asia/Kathmandu')).toBe('Asia/Kathmandu');
  });

  it('falls back to UTC for a zone Intl does not know, without throwing', () => {
    expect(resolveAuditTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(resolveAuditTimeZone('Local')).toBe('UTC');
    expect(resolveAuditTimeZone('not a zone')).toBe('UTC');
  });

  it('gives a zone Intl.DateTimeFormat takes for any input', () => {
    for (const zone of ['local', undefined, 'Europe/Paris', 'Mars/Olympus_Mons'])
      expect(() => new Intl.DateTimeFormat('en', { timeZone: resolveAuditTimeZone(zone) })).not.toThrow();
  });
});
