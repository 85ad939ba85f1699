import { useLayoutEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
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

  it('lists every zone the browser knows after its first commit, at the width it had without them', async () => {
    const first: { options: number; width: number }[] = [];
    // Runs in the select's first commit, before any passive effect or transition.
    function FirstCommit() {
      useLayoutEffect(() => {
        const select = document.querySelector<HTMLSelectElement>('[data-slot="audit-time-zone"] select')!;
        first.push({ options: select.options.length, width: select.getBoundingClientRect().width });
      }, []);
      return null;
    }
    // Short labels, so the first options alone would make a narrower select than the full list.
    const { screen } = await renderAudit(
      <>
        <TimeZoneSelect />
        <FirstCommit />
      </>,
      { messages: { timeZoneLocal: () => 'Local', timeZoneUtc: 'UTC' } },
    );
    const select = screen.getByRole('combobox', { name: 'Time zone' });
    const element = select.element() as HTMLSelectElement;
    // Local and UTC at once; some 400 zones right after, and nothing moves when they come.
    expect(first).toHaveLength(1);
    expect(first[0]!.options).toBe(2);
    await expect.poll(() => element.options.length).toBeGreaterThan(100);
    expect([...element.options].map((option) => option.value)).toEqual(
      expect.arrayContaining(['local', 'UTC', 'Europe/Paris', 'Asia/Tokyo']),
    );
    expect(element.getBoundingClientRect().width).toBe(first[0]!.width);
    await select.selectOptions('Asia/Tokyo');
    await expect.element(select).toHaveValue('Asia/Tokyo');
  });

  it('shows UTC for a zone the browser does not know, as every time is then shown in, and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { screen } = await renderAudit(
        <>
          <TimeZoneSelect zones={['Asia/Tokyo']} />
          <AuditTable />
        </>,
        { timeZone: 'Europe/Pariss' },
      );
      const select = screen.getByRole('combobox', { name: 'Time zone' });
      await expect.element(select).toHaveValue('UTC');
      expect(screen.getByRole('option', { name: 'Europe/Pariss' }).query()).toBeNull();
      const firstTime = () => screen.getByRole('grid').element().querySelector('time')?.textContent ?? '';
      await expect.poll(firstTime).toMatch(/UTC$/);
      const warnings = warn.mock.calls.filter(([text]) => String(text).includes('"Europe/Pariss"'));
      expect(warnings).toHaveLength(1);
      expect(String(warnings[0]![0])).toMatch(/shown in UTC/);
      // A zone picked from there is used as any other.
      await select.selectOptions('Asia/Tokyo');
      await expect.element(select).toHaveValue('Asia/Tokyo');
      await expect.poll(firstTime).toMatch(/GMT\+9$/);
    } finally {
      warn.mockRestore();
    }
  });
});
