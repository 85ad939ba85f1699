import { defaultAuditQuery } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { FilterBar } from './FilterBar.tsx';

setupMockApi();

const noteOf = async (query: typeof defaultAuditQuery) => {
  const { screen } = await renderAudit(
    <>
      <FilterBar />
      <AuditTable />
    </>,
    { state: { defaultValue: query } },
  );
  return screen.getByRole('note', { name: 'Not applied to the rows shown' });
};

describe('UnappliedNote', () => {
  it('names a time bound that is not a date as the time range, as its chip does', async () => {
    const note = await noteOf({ ...defaultAuditQuery, time: { to: '2026-02-30' } });
    await expect.element(note).toHaveTextContent('Time range: 2026-02-30 (not a date and time)');
  });

  // The note once stood the time range under a made-up column name, `\u0000time-range`: a filter of that name
  // (a host's value or a link's, hostile or not) was then called "Time range".
  it('names a filter by its own name, whatever it is, never as the time range', async () => {
    const note = await noteOf({ ...defaultAuditQuery, filters: { '\u0000time-range': ['x'] } });
    await expect.element(note).toHaveTextContent('time-range: x (there is no such column)');
    expect(note.element().textContent).not.toMatch(/Time range/);
  });
});
