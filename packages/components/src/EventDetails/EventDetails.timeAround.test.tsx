// "What else happened then": the button beside an event's time in its details sets the log's time range to five
// minutes either side of it, through the filter bar's own query state, the filters and search kept.
import { defaultAuditColumns, defaultAuditQuery } from '@auditkit/headless';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { EventDetails } from '../guardedParts.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { renderAuditLog } from '../test/renderAuditLog.tsx';
import { setupMockApi } from '../test/mockApi.ts';

setupMockApi();

const name = 'Show events from 5 minutes before to 5 minutes after this one';
const param = (key: string) => new URLSearchParams(location.search).getAll(key);

afterEach(() => history.replaceState(null, '', location.pathname));

describe('EventDetails: the events around this one', () => {
  it('sets the time range to five minutes either side of the event, keeps the filters and search, and focuses the range’s chip', async () => {
    history.replaceState(null, '', `${location.pathname}?audit.sev=Info&audit.q=signed&audit.page=2`);
    const screen = await renderAuditLog({ urlState: true });
    await expect
      .poll(() => screen.getByRole('button', { name: /^Details of / }).elements().length)
      .toBeGreaterThan(0);
    await screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    const details = screen.getByRole('region', { name: /^Details of / });
    await expect.element(details.getByRole('button', { name })).toBeVisible();
    // One such button, beside the time, not beside every field.
    expect(details.getByRole('button', { name }).elements()).toHaveLength(1);
    const at = Date.parse(details.element().querySelector('time')!.dateTime);
    await details.getByRole('button', { name }).click();

    const chip = screen.getByRole('button', { name: /^Remove filter Time range: / });
    await expect.element(chip).toHaveFocus();
    await expect.poll(() => param('audit.from')).toEqual([new Date(at - 300_000).toISOString()]);
    expect(param('audit.to')).toEqual([new Date(at + 300_000).toISOString()]);
    expect(param('audit.sev')).toEqual(['Info']);
    expect(param('audit.q')).toEqual(['signed']);
    expect(param('audit.page')).toEqual([]);
    // Every row now shown is within the window (the list was asked for it), and the event itself is among them.
    await expect
      .poll(() => {
        const times = [...document.querySelectorAll('[role="grid"] td[data-column="createdAt"] time')].map(
          (time) => Date.parse((time as HTMLTimeElement).dateTime),
        );
        return times.length > 0 && times.includes(at) && times.every((t) => Math.abs(t - at) <= 300_000);
      })
      .toBe(true);
    await expect.element(chip).toHaveFocus();
  });

  it('is not offered when the log already shows that range, nor outside a log’s query state', async () => {
    const event = { frontegg_id: 'e1', createdAt: '2026-11-30T10:00:00.000Z', action: 'Signed in' };
    const time = { from: '2026-11-30T09:55:00.000Z', to: '2026-11-30T10:05:00.000Z' };
    // Beside it, an event an hour later: its button is there.
    const later = {
      ...event,
      frontegg_id: 'e2',
      createdAt: '2026-11-30T11:00:00.000Z',
      action: 'Signed out',
    };
    const shown = await renderAudit(
      <>
        <EventDetails event={event} columns={defaultAuditColumns} />
        <EventDetails event={later} columns={defaultAuditColumns} />
      </>,
      { state: { defaultValue: { ...defaultAuditQuery, time } } },
    );
    await expect.element(shown.screen.getByText('Signed in')).toBeVisible();
    await expect.element(shown.screen.getByRole('button', { name })).toBeVisible();
    expect(shown.screen.getByRole('button', { name }).elements()).toHaveLength(1);
    shown.screen.unmount();

    const alone = await render(<EventDetails event={event} columns={defaultAuditColumns} />);
    await expect.element(alone.getByText('Signed in')).toBeVisible();
    await expect.element(alone.getByRole('button', { name })).not.toBeInTheDocument();
  });
});
