import { describe, expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { TimeZoneSelect } from './TimeZoneSelect.tsx';

setupMockApi();

describe('TimeZoneSelect', () => {
  it('switches every timestamp between UTC and a named zone, naming the zone', async () => {
    const { screen } = await renderAudit(
      <>
        <TimeZoneSelect zones={['Asia/Tokyo', 'America/New_York']} />
        <AuditTable />
      </>,
    );
    const select = screen.getByRole('combobox', { name: 'Time zone' });
    await expect.element(select).toHaveValue('UTC');
    const firstTime = () => screen.getByRole('grid').element().querySelector('time')?.textContent ?? '';
    await expect.poll(firstTime).toMatch(/UTC$/);
    const utc = firstTime();
    await select.selectOptions('Asia/Tokyo');
    await expect.poll(firstTime).toMatch(/GMT\+9$/);
    const time = screen.getByRole('grid').element().querySelector('time')!;
    // Same instant, shown 9 hours later on the clock.
    const hour = (text: string) => Number(/(\d{1,2}):\d{2}:\d{2}/.exec(text)?.[1]);
    expect((hour(firstTime()) - hour(utc) + 24) % 12).toBe(9 % 12);
    expect(time.getAttribute('datetime')).toMatch(/Z$/);
  });
});
