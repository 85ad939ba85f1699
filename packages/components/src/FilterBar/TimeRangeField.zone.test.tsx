// The custom range's From and To are wall-clock times read in the log's zone: without the zone picker in sight
// (`showTimeZone={false}`, the narrow filter sheet) or with a host's `timeZone="UTC"`, a user in Paris typing
// 09:00 got 09:00 UTC. The boxes say which zone they are read in, on screen and in each one's description.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { TimeZoneSelect } from '../TimeZoneSelect/TimeZoneSelect.tsx';
import { FilterBar } from './FilterBar.tsx';

setupMockApi();
const sentFrom = () => requests.filter(isListRequest).at(-1)?.searchParams.get('created_from');
const novemberDay = 'audit.from=2026-11-20T08:00:00.000Z&audit.to=2026-11-20T22:59:59.999Z';

const openIn = async (zone: { timeZone: string } | { defaultTimeZone: string }, picker = false) => {
  history.replaceState(null, '', `${location.pathname}?${novemberDay}`);
  const { screen } = await renderAudit(
    <AuditUiProvider {...zone} locale="en-US">
      {picker ? <TimeZoneSelect zones={['Europe/Paris', 'Asia/Tokyo']} /> : null}
      <FilterBar />
      <AuditTable />
    </AuditUiProvider>,
    { state: { url: true } },
  );
  const from = screen.getByLabelText('From', { exact: true });
  const to = screen.getByLabelText('To', { exact: true });
  await expect.element(from).toBeInTheDocument();
  return { screen, from, to };
};

describe('TimeRangeField: the zone the custom range is read in', () => {
  afterEach(async () => {
    history.replaceState(null, '', location.pathname);
    await page.viewport(1400, 900);
  });

  it('says it beside From and To and in each one’s description, with no zone picker on the page', async () => {
    const { screen, from, to } = await openIn({ defaultTimeZone: 'Europe/Paris' });
    await expect.element(screen.getByText('Time zone: Europe/Paris', { exact: true })).toBeVisible();
    await expect.element(from).toHaveAccessibleDescription('Time zone: Europe/Paris');
    await expect.element(to).toHaveAccessibleDescription('Time zone: Europe/Paris');
    // What it says is how the boxes are read: 09:00 in Paris (UTC+1 in November) is 08:00 UTC.
    await expect.element(from).toHaveValue('2026-11-20T09:00');
    await from.fill('2026-11-20T10:00');
    await screen.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(sentFrom).toBe('2026-11-20T09:00:00.000Z');
  });

  // An unknown zone is shown and read as UTC (effectiveTimeZone); a zone is named as the picker names it.
  it.each([
    ['UTC', 'UTC'],
    ['Mars/Olympus', 'UTC'],
    ['America/New_York', 'America/New York'],
  ])('says the zone a host chose, %s, as %s', async (timeZone, said) => {
    const { screen, from } = await openIn({ timeZone });
    await expect.element(screen.getByText(`Time zone: ${said}`, { exact: true })).toBeVisible();
    await expect.element(from).toHaveAccessibleDescription(`Time zone: ${said}`);
  });

  it('follows a zone switch, which shows the same instants in the new zone', async () => {
    const { screen, from } = await openIn({ defaultTimeZone: 'Europe/Paris' }, true);
    await screen.getByRole('combobox', { name: 'Time zone' }).selectOptions('Asia/Tokyo');
    await expect.element(from).toHaveValue('2026-11-20T17:00');
    await expect.element(from).toHaveAccessibleDescription('Time zone: Asia/Tokyo');
    await expect.element(screen.getByText('Time zone: Asia/Tokyo', { exact: true })).toBeVisible();
  });

  it('fits the filter sheet at 320 px with the longest zone name', async () => {
    await page.viewport(320, 700);
    const { screen, to } = await openIn({ timeZone: 'America/Argentina/ComodRivadavia' });
    await screen.getByRole('button', { name: /^Filters/ }).click();
    const note = screen.getByText('Time zone: America/Argentina/ComodRivadavia', { exact: true });
    await expect.element(note).toBeVisible();
    await expect.element(to).toHaveAccessibleDescription('Time zone: America/Argentina/ComodRivadavia');
    const log = (note.element() as HTMLElement).closest<HTMLElement>('.auditkit')!;
    expect(log.scrollWidth).toBeLessThanOrEqual(log.clientWidth);
    const edge = log.getBoundingClientRect();
    for (const part of [note, to, screen.getByRole('button', { name: 'Apply' })]) {
      const rect = part.element().getBoundingClientRect();
      expect(rect.left).toBeGreaterThanOrEqual(edge.left);
      expect(rect.right).toBeLessThanOrEqual(edge.right);
    }
  });
});
