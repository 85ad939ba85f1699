import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { axeViolations } from '../test/axe.ts';
import { mockNow, setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import * as de from './de.ts';
import * as ja from './ja.ts';

// 1,234 events, so the totals need a group separator and show each locale's own.
setupMockApi({ eventsPerTenant: 1234 });

const getToken = () => demoToken(demoIdentities.tenantAAdmin);

// The dataset ends at a fixed instant but "how long ago" is read off the browser's clock: without pinning the clock
// the phrase drifts as the calendar does ("vor 4 Tagen", then "letzte Woche", then "letzten Monat"). Only Date is
// faked, at noon four calendar days after the newest event's date (late on 25 November, UTC: days are counted by
// date in the log's zone); timers stay real so the page renders as usual.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse(mockNow) + 3.5 * 24 * 3_600_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('<AuditLog> in German and Japanese, from one translation prop', () => {
  it('German: controls by their German names, numbers and dates formatted in German', async () => {
    const screen = await render(
      <AuditLog
        baseUrl=""
        getToken={getToken}
        translation={de}
        defaultTimeZone="UTC"
        queryClient={testQueryClient()}
      />,
    );
    const region = screen.getByRole('region', { name: 'Audit-Protokoll' });
    await expect.element(region).toHaveAttribute('lang', 'de');
    await expect.element(region.getByRole('grid', { name: 'Audit-Ereignisse' })).toBeVisible();
    const nav = region.getByRole('navigation', { name: 'Seitennavigation' });
    await expect.element(nav).toHaveTextContent('1–20 von 1.234');
    await expect.element(nav.getByRole('button', { name: 'Nächste Seite' })).toBeVisible();
    await expect.element(nav.getByRole('combobox', { name: 'Zeilen pro Seite' })).toBeVisible();
    await expect.element(region.getByRole('button', { name: 'Exportieren', exact: true })).toBeVisible();
    await expect.element(region.getByRole('button', { name: 'Spalten', exact: true })).toBeVisible();
    await expect.element(region.getByRole('combobox', { name: 'Zeitzone' })).toBeVisible();
    await expect.element(region.getByRole('region', { name: 'Audit-Übersicht' })).toBeVisible();
    // Dates in German order with the zone shown; the relative time ("vor 4 Tagen") is the time's description.
    const time = region.getByRole('grid').getByRole('time').first();
    await expect.element(time).toHaveTextContent(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2} UTC$/);
    await expect.element(time).toHaveAccessibleDescription('vor 4 Tagen');
    // The API's severities in German in the severity filter (the search language keeps `severity:high`).
    await region.getByRole('button', { name: 'Schweregrad', exact: true }).click();
    const severities = screen.getByRole('dialog', { name: 'Schweregrad' });
    await expect.element(severities.getByRole('checkbox', { name: 'Hoch' })).toBeVisible();
    await expect.element(severities.getByRole('checkbox', { name: 'Kritisch' })).toBeVisible();
    await severities.getByRole('checkbox', { name: 'Hoch' }).click();
    await severities.getByRole('button', { name: 'Schließen' }).click();
    // Its chip says it in German too, and so does the chip's remove button.
    await expect
      .element(region.getByRole('button', { name: 'Filter Schweregrad: Hoch entfernen' }))
      .toBeVisible();
    expect(await axeViolations(region.element())).toEqual([]);
    await nav.getByRole('button', { name: 'Nächste Seite' }).click();
    await expect.element(nav).toHaveTextContent(/^21–40 von [\d.]+/); // fewer now: filtered to High
  });

  it('Japanese: controls by their Japanese names, numbers and dates formatted in Japanese', async () => {
    const screen = await render(
      <AuditLog
        baseUrl=""
        getToken={getToken}
        translation={ja}
        defaultTimeZone="UTC"
        queryClient={testQueryClient()}
      />,
    );
    const region = screen.getByRole('region', { name: '監査ログ' });
    await expect.element(region).toHaveAttribute('lang', 'ja');
    await expect.element(region.getByRole('grid', { name: '監査イベント' })).toBeVisible();
    const nav = region.getByRole('navigation', { name: 'ページ切り替え' });
    await expect.element(nav).toHaveTextContent('1,234件中1～20件');
    await expect.element(nav.getByRole('button', { name: '次のページ' })).toBeVisible();
    await expect.element(region.getByRole('button', { name: 'エクスポート', exact: true })).toBeVisible();
    await expect.element(region.getByRole('button', { name: '列', exact: true })).toBeVisible();
    await expect.element(region.getByRole('search', { name: 'フィルター' })).toBeVisible();
    const time = region.getByRole('grid').getByRole('time').first();
    await expect.element(time).toHaveTextContent(/^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2} UTC$/);
    await expect.element(time).toHaveAccessibleDescription('4 日前');
    expect(await axeViolations(region.element())).toEqual([]);
  });

  it('lets `messages` and `locale` override parts of a translation', async () => {
    const screen = await render(
      <AuditLog
        baseUrl=""
        getToken={getToken}
        translation={de}
        messages={{ nextPage: 'Weiter' }}
        locale="de-CH"
        defaultTimeZone="UTC"
        queryClient={testQueryClient()}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Seitennavigation' });
    await expect.element(nav.getByRole('button', { name: 'Weiter' })).toBeVisible();
    await expect.element(nav.getByRole('button', { name: 'Vorherige Seite' })).toBeVisible();
    // Swiss German groups thousands with an apostrophe, not German's point.
    const swiss = new Intl.NumberFormat('de-CH').format(1234);
    expect(swiss).toMatch(/^1['’]234$/);
    await expect.element(nav).toHaveTextContent(`1–20 von ${swiss}`);
  });
});
