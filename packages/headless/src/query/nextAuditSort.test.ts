import { describe, expect, it } from 'vitest';
import { nextAuditSort } from './nextAuditSort.ts';

describe('nextAuditSort', () => {
  const byTime = { column: 'createdAt', direction: 'desc' } as const;

  it('starts a text column A to Z and a time column newest first, then flips', () => {
    const action = nextAuditSort(byTime, { name: 'action', type: 'AlphaNumeric' });
    expect(action).toEqual({ column: 'action', direction: 'asc' });
    expect(nextAuditSort(action, { name: 'action', type: 'AlphaNumeric' })).toEqual({
      column: 'action',
      direction: 'desc',
    });
    expect(nextAuditSort(action, { name: 'createdAt', type: 'Timestamp' })).toEqual(byTime);
    expect(nextAuditSort(byTime, { name: 'createdAt', type: 'Timestamp' })).toEqual({
      column: 'createdAt',
      direction: 'asc',
    });
  });

  it('treats a column given by name only (type unknown) as text', () => {
    expect(nextAuditSort(byTime, 'ip')).toEqual({ column: 'ip', direction: 'asc' });
    expect(nextAuditSort({ column: 'ip', direction: 'asc' }, 'ip')).toEqual({
      column: 'ip',
      direction: 'desc',
    });
  });
});
