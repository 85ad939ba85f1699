import { describe, expect, it } from 'vitest';
import { clientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import { auditSeverities } from './auditSeverities.ts';

setupMockBackend(600);

describe('auditSeverities', () => {
  it('lists the severities in the order a sort by severity returns them, mildest first', async () => {
    const client = clientAs();
    const pages = await Promise.all(
      [0, 200, 400].map((offset) =>
        client.list({ count: 200, offset, sortBy: 'severity', sortDirection: 'asc' }),
      ),
    );
    const ranks = pages.flatMap((page) =>
      page.data.map((event) => auditSeverities.indexOf(event.severity as never)),
    );
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(new Set(ranks).size).toBeGreaterThanOrEqual(3);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
