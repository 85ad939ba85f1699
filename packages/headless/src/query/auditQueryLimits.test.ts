import { describe, expect, it } from 'vitest';
import { defaultAuditQuery } from './AuditQuery.ts';
import { auditQueryOverLimit, auditQueryOverLimitReason } from './auditQueryLimits.ts';

const over = (query: Partial<typeof defaultAuditQuery>) => ({ ...defaultAuditQuery, ...query });

describe('auditQueryOverLimitReason', () => {
  it('names the limit a query is over by a code, with its number and column; the English is its message', () => {
    const cases = [
      [over({ search: 's'.repeat(1001) }), { code: 'search-too-long', limit: 1000 }],
      [
        over({ filters: Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`c${index}`, ['x']])) }),
        { code: 'too-many-columns', limit: 50 },
      ],
      [over({ filters: { 'Risk\tscore': ['high'] } }), { code: 'column-name', column: 'Risk\tscore' }],
      // One of the API's own parameters: a link never sets it, so the filter would not come back either.
      [over({ filters: { tenant_ids: ['b'] } }), { code: 'column-name', column: 'tenant_ids' }],
      [
        over({ filters: { action: Array.from({ length: 101 }, (_, index) => `v${index}`) } }),
        { code: 'too-many-values', limit: 100, column: 'action', count: 101 },
      ],
      [
        over({ filters: { action: ['v'.repeat(501)] } }),
        { code: 'value-too-long', limit: 500, column: 'action' },
      ],
    ] as const;
    for (const [query, expected] of cases) {
      const reason = auditQueryOverLimitReason(query);
      expect(reason).toEqual({ ...expected, message: expect.any(String) });
      // `auditQueryOverLimit` is the same check, in English.
      expect(auditQueryOverLimit(query)).toBe(reason!.message);
    }
  });

  it('finds nothing in a query within every limit (an empty filter on any name is no filter)', () => {
    const within = over({
      search: 's'.repeat(1000),
      // A name with a space is carried by links and views alike; an empty filter on any name is no filter.
      filters: {
        action: ['v'.repeat(500)],
        'Risk score': ['high'],
        'Risk\tscore': [],
        count: [],
        users: ['u-1'],
      },
    });
    expect(auditQueryOverLimitReason(within)).toBeUndefined();
    expect(auditQueryOverLimit(within)).toBeUndefined();
  });

  it('keeps the English sentences `auditQueryOverLimit` has always returned', () => {
    expect(auditQueryOverLimit(over({ filters: { action: ['v'.repeat(501)] } }))).toBe(
      'A filter value has at most 500 characters (one of "action" is longer).',
    );
    expect(auditQueryOverLimit(over({ search: 's'.repeat(1001) }))).toBe(
      'The search text has at most 1000 characters.',
    );
  });
});
