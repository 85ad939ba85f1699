import { describe, expect, it } from 'vitest';
import { sameAuditFilters } from './sameAuditFilters.ts';

describe('sameAuditFilters', () => {
  it('reads the same values in another order, and columns in another order, as the same filters', () => {
    expect(sameAuditFilters({ severity: ['High', 'Critical'] }, { severity: ['Critical', 'High'] })).toBe(
      true,
    );
    expect(
      sameAuditFilters(
        { severity: ['High'], action: ['user.login'] },
        { action: ['user.login'], severity: ['High'] },
      ),
    ).toBe(true);
  });

  it('reads a column with no values as no filter, as the request does', () => {
    expect(sameAuditFilters({ severity: ['High'], action: [] }, { severity: ['High'] })).toBe(true);
    expect(sameAuditFilters({ action: [] }, {})).toBe(true);
  });

  it('tells filters that match other events apart', () => {
    expect(sameAuditFilters({ severity: ['High'] }, { severity: ['High', 'Critical'] })).toBe(false);
    expect(sameAuditFilters({ severity: ['High', 'High'] }, { severity: ['High', 'Critical'] })).toBe(false);
    expect(sameAuditFilters({ severity: ['High'] }, { action: ['High'] })).toBe(false);
    expect(sameAuditFilters({ severity: ['High'] }, {})).toBe(false);
    // Own keys only: a column named `__proto__` is a column like any other.
    const proto = JSON.parse('{"__proto__": ["x"]}') as Record<string, string[]>;
    expect(sameAuditFilters(proto, {})).toBe(false);
    expect(sameAuditFilters(proto, JSON.parse('{"__proto__": ["x"]}') as Record<string, string[]>)).toBe(
      true,
    );
  });

  it('never throws on a value that is not a list (a host’s query the log has not checked)', () => {
    const odd = { severity: 'High' } as unknown as Record<string, string[]>;
    expect(sameAuditFilters(odd, { severity: ['High'] })).toBe(false);
    expect(sameAuditFilters(odd, odd)).toBe(true);
  });
});
