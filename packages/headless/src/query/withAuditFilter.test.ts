import { describe, expect, it } from 'vitest';
import { defaultAuditQuery } from './AuditQuery.ts';
import { withAuditFilter } from './withAuditFilter.ts';

describe('withAuditFilter', () => {
  it('sets one column’s filter, keeps the others and returns to the first page', () => {
    const query = { ...defaultAuditQuery, page: 3, filters: { severity: ['High'], action: ['a'] } };
    expect(withAuditFilter(query, 'action', ['b'])).toEqual({
      ...query,
      page: 0,
      filters: { severity: ['High'], action: ['b'] },
    });
    expect(withAuditFilter(query, 'action', [])).toEqual({
      ...query,
      page: 0,
      filters: { severity: ['High'] },
    });
  });

  it('keeps a column named `__proto__` a plain key', () => {
    const { filters } = withAuditFilter(defaultAuditQuery, '__proto__', ['x']);
    expect(Object.hasOwn(filters, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(filters)).toBe(Object.prototype);
  });
});
