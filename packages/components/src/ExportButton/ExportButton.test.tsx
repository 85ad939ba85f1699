import { defaultAuditQuery } from '@auditkit/headless';
import { demoIdentities, MAX_LATENCY_MS } from '@auditkit/mock-api';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { axeViolations } from '../test/axe.ts';
import { listsWithoutTotal, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { startExportWithoutTotal } from '../test/startExportWithoutTotal.tsx';
import * as de from '../messages/de.ts';
import { ExportButton } from './ExportButton.tsx';

const api = setupMockApi();

describe('ExportButton', () => {
  it('downloads every matching event with the visible columns in order, ending with the row count', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen } = await renderAudit(
      <>
        <ExportButton target="blob" saveBlob={saveBlob} />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('columnheader', { name: 'Resource' })).toBeVisible();
    const trigger = screen.getByRole('button', { name: 'Export' });
    (trigger.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await expect.element(dialog.getByRole('radio', { name: 'Visible columns, in order' })).toBeChecked();
    expect(await axeViolations(dialog.element())).toEqual([]);
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText('Export complete: 240 events')).toBeVisible();
    expect(saveBlob).toHaveBeenCalledTimes(1);
    const [blob, name] = saveBlob.mock.calls[0]!;
    expect(name).toMatch(/\.csv$/);
    expect(name).toMatch(/_UTC\.csv$/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    // CSV for spreadsheets by default: UTF-8 with a byte-order mark, so Excel reads non-ASCII names right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await blob.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe('Time (UTC),UTC offset (Time),User,Action,Description,IP Address,Resource');
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3},UTC\+00:00,/);
    expect(lines).toHaveLength(241);
  });

  it('says in the dialog, before the click, which filter the file will not apply, and the export reports the same', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />, {
      state: {
        defaultValue: { ...defaultAuditQuery, filters: { description: ['wire'], severity: ['High'] } },
      },
    });
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    const note = dialog.getByRole('note', { name: 'Not applied to the file' });
    await expect.element(note).toHaveTextContent('Description: wire (this column cannot be filtered)');
    expect(note.element().textContent).not.toMatch(/Severity/);
    expect(await axeViolations(dialog.element())).toEqual([]);
    await dialog.getByRole('radio', { name: 'All columns' }).click();
    // Download is described by the note too: tabbing from the options straight to it skipped the note.
    const download = dialog.getByRole('button', { name: 'Download' });
    await expect.element(download).toHaveAccessibleDescription(/Description: wire/);
    await download.click();
    // The outcome names what the file left out: the note describes the next export, and the filters may change.
    await expect
      .element(dialog.getByText(/^Export complete/))
      .toHaveTextContent(/events\. Not applied to the file: Description\.$/);
    // Every row of the file is High: the severity filter was applied, the description one only reported.
    const [header, ...rows] = (await saveBlob.mock.calls[0]![0].text()).split('\r\n').filter(Boolean);
    const severity = header!.split(',').indexOf('Severity');
    expect(severity).toBeGreaterThan(-1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.split(',')[severity] === 'High')).toBe(true);
    await expect.element(note).toHaveTextContent('Description: wire');
  });

  it('names the filters it cannot apply as the filter bar does, in the log’s language, not by their keys', async () => {
    const noteFor = async (filters: Record<string, string[]>) => {
      const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={vi.fn()} />, {
        locale: de.locale,
        messages: de.messages,
        state: { defaultValue: { ...defaultAuditQuery, filters } },
      });
      await screen.getByRole('button', { name: de.messages.exportCsv }).click();
      const dialog = screen.getByRole('dialog', { name: de.messages.exportCsv });
      return { note: dialog.getByRole('note', { name: de.messages.exportUnappliedTitle }), screen };
    };
    // No endpoint filters by users and by severity and action at once: the file applies the two, and names users.
    const users = await noteFor({ users: ['u-1'], severity: ['High'], action: ['Login'] });
    await expect.element(users.note).toHaveTextContent(`${de.messages.users}: u-1`);
    expect(users.note.element().textContent).not.toMatch(/\busers\b/);
    await users.screen.unmount();
    // With users alone beside it, severity is the one left out: named as its filter is, not by the metadata.
    const { note } = await noteFor({ users: ['u-1'], severity: ['High'] });
    await expect.element(note).toHaveTextContent(`${de.messages.severity}: Hoch`);
  });

  // The dialog once named a time bound by its column, "Time", where the filter bar says "Time range": read as two
  // different things. A filter on the time column itself keeps the column's name.
  it('names a time bound it cannot apply as the time range, as the filter bar does, in the note and the outcome', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <ExportButton target="blob" saveBlob={vi.fn()} />
      </>,
      {
        state: {
          defaultValue: { ...defaultAuditQuery, time: { from: '2026-02-30' }, filters: { createdAt: ['x'] } },
        },
      },
    );
    const bar = screen.getByRole('note', { name: 'Not applied to the rows shown' });
    await expect.element(bar).toHaveTextContent(/Time range: 2026-02-30 \(not a date and time\)/);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    const note = dialog.getByRole('note', { name: 'Not applied to the file' });
    await expect
      .element(note.getByRole('listitem').first())
      .toHaveTextContent('Time range: 2026-02-30 (not a date and time)');
    await expect
      .element(note.getByRole('listitem').last())
      .toHaveTextContent('Time: x (use the time range instead)');
    const download = dialog.getByRole('button', { name: 'Download' });
    await expect.element(download).toHaveAccessibleDescription(/Time range: 2026-02-30/);
    await download.click();
    await expect
      .element(dialog.getByRole('status'))
      .toHaveTextContent(/events\. Not applied to the file: Time range and Time\.$/);
    await screen.unmount();

    // An end that is not a date and time too: the file ends at the export's snapshot instead, and the outcome
    // after the download says so, as the note before it did (it once counted as no end, and went unsaid).
    const end = await renderAudit(<ExportButton target="blob" saveBlob={vi.fn()} />, {
      state: { defaultValue: { ...defaultAuditQuery, time: { to: '2026-02-30' } } },
    });
    await end.screen.getByRole('button', { name: 'Export' }).click();
    const endDialog = end.screen.getByRole('dialog', { name: 'Export' });
    await expect
      .element(endDialog.getByRole('note', { name: 'Not applied to the file' }))
      .toHaveTextContent('Time range: 2026-02-30 (not a date and time)');
    await endDialog.getByRole('button', { name: 'Download' }).click();
    await expect
      .element(endDialog.getByRole('status'))
      .toHaveTextContent(/events\. Not applied to the file: Time range\.$/);
  });

  it('neutralises spreadsheet formulas in the downloaded file by default', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen, client } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />, {
      state: { defaultValue: { ...defaultAuditQuery, search: 'formula-probe' } },
    });
    await client.create({
      severity: 'Info',
      action: '=HYPERLINK("https://evil.example","x")',
      description: 'formula-probe',
    });
    await client.create({ severity: 'Info', action: '@SUM(1+9)', description: 'formula-probe' });
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText('Export complete: 2 events')).toBeVisible();
    const text = await saveBlob.mock.calls[0]![0].text();
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(text).toContain(`'@SUM(1+9)`);
    expect(text).not.toMatch(/(^|,)[=@]/m);
  });

  it('exports all columns when the user picks them', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'All columns' }).click();
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText(/Export complete/)).toBeVisible();
    const header = (await saveBlob.mock.calls[0]![0].text()).replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toBe(
      'Time (UTC),UTC offset (Time),User,Action,Description,IP Address,Severity,User Agent,Json Data,Resource,Region',
    );
  });

  it('shows progress and cancels, leaving no file', async () => {
    // The stream's first rows come after the longest delay the mock allows, so the export is surely still running
    // when Cancel is pressed: 400 ms let a loaded machine finish all 240 rows (one batch) first.
    api().setScenario({ exportStream: 'slow', exportChunkDelayMs: MAX_LATENCY_MS });
    const saveBlob = vi.fn();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByRole('progressbar')).toBeVisible();
    await expect.element(dialog.getByText('Exported 0 of 240 events')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await expect.element(dialog.getByText('Export cancelled; no file was saved.')).toBeVisible();
    expect(saveBlob).not.toHaveBeenCalled();
  });

  it('cancelled into the host’s own stream, says so without claiming no file was saved', async () => {
    // The host's stream already holds the rows written before the cancel.
    api().setScenario({ exportStream: 'slow', exportChunkDelayMs: MAX_LATENCY_MS });
    const { screen } = await renderAudit(<ExportButton target={new WritableStream()} />);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByRole('progressbar')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    const status = screen.getByText(/^Export cancelled/).first();
    await expect.element(status).toHaveTextContent('Export cancelled before all events were written.');
    for (const element of screen.getByText(/^Export cancelled/).elements())
      expect(element.textContent).not.toMatch(/no file was saved/i);
  });

  it('shows an indeterminate progress bar, with the rows so far, when the server sends no count', async () => {
    const { dialog } = await startExportWithoutTotal(api);
    // The visible progress (the dialog's status region says the rows too, visually hidden).
    await expect.element(dialog.getByText(/^Exported [1-9][\d,]* of … events$/).first()).toBeVisible();
    // Rows written of an unknown total: a bar with a value and no maximum reads as full (the maximum is then 1).
    const bar = dialog.getByRole('progressbar', { name: /^Exported [1-9][\d,]* of … events$/ });
    await expect.element(bar).toBeVisible();
    // No value: an indeterminate bar, which gives assistive technology no `aria-valuenow`.
    const element = bar.element() as HTMLProgressElement;
    expect(element.hasAttribute('value')).toBe(false);
    expect(element.matches(':indeterminate')).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
  });

  it('says a refused export in the log’s words, and how long to wait when the API asks', async () => {
    api().setScenario({ status: { exportStream: 403, exportLegacy: 403, exportPaged: 403 } });
    const saveBlob = vi.fn();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Download' }).click();
    // It said "The audits API answered with status 403."
    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent('Export failed: You do not have permission to export audit events.');
    api().setScenario({
      status: { exportStream: 429, exportLegacy: 429, exportPaged: 429 },
      retryAfterSeconds: 1,
    });
    await dialog.getByRole('button', { name: 'Retry' }).click();
    await expect
      .element(dialog.getByRole('alert'), { timeout: 15_000 })
      .toHaveTextContent(/Too many requests: try again in 1 second\. No file was saved\.$/);
    expect(saveBlob).not.toHaveBeenCalled();
    api().resetScenario();
  });

  it('states a broken-off export as an error with a retry, never a short file', async () => {
    api().setScenario({ exportStream: 'broken', exportBreakAfterRows: 50 });
    const saveBlob = vi.fn();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('button', { name: 'Download' }).click();
    // It says that no file was saved: "broke off after 50 of 240 events" alone read as if a short file was.
    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent(/^Export failed: .* No file was saved\.$/);
    expect(saveBlob).not.toHaveBeenCalled();
    api().resetScenario();
    await dialog.getByRole('button', { name: 'Retry' }).click();
    await expect.element(dialog.getByText('Export complete: 240 events')).toBeVisible();
    expect(saveBlob).toHaveBeenCalledTimes(1);
  });

  it('is disabled, saying why, for a user who may not read the audit log', async () => {
    const { screen } = await renderAudit(
      <>
        <ExportButton />
        <AuditTable />
      </>,
      { identity: demoIdentities.tenantAViewer },
    );
    const trigger = screen.getByRole('button', { name: 'Export' });
    await expect.element(trigger).toBeDisabled();
    await expect
      .element(trigger)
      .toHaveAccessibleDescription('You do not have permission to export audit events.');
  });

  it('offers the formats, choosing `;` CSV for a locale that writes a decimal comma, and writes it in the screen’s zone', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen } = await renderAudit(<ExportButton target="download" saveBlob={saveBlob} />, {
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
    });
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    const formats = dialog.getByRole('group', { name: 'Format' });
    await expect
      .element(formats.getByRole('radio', { name: /^CSV for spreadsheets, separated by ;/ }))
      .toBeChecked();
    await expect
      .element(formats.getByRole('radio', { name: /^CSV for spreadsheets, separated by ;/ }))
      .toHaveAccessibleDescription(/decimals with a comma/);
    await expect
      .element(dialog.getByRole('radio', { name: 'In Europe/Berlin, as shown on screen' }))
      .toBeChecked();
    await expect
      .element(dialog.getByText(/^Saved as a normal download \(about [\d,]+ kB\)\.$/))
      .toBeVisible();
    expect(await axeViolations(dialog.element())).toEqual([]);
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText(/Export complete: 240 events/)).toBeVisible();
    const [blob, name] = saveBlob.mock.calls[0]!;
    expect(name).toMatch(/_Europe-Berlin\.csv$/);
    const lines = (await blob.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe(
      'Time (Europe/Berlin);UTC offset (Time);User;Action;Description;IP Address;Resource',
    );
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3};UTC\+0[12]:00;/);
  });

  it('keeps UTC when the user picks it, in a decimal-point locale whose default is the comma CSV', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen } = await renderAudit(<ExportButton target="download" saveBlob={saveBlob} />, {
      locale: 'en-GB',
      timeZone: 'America/New_York',
    });
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    const formats = dialog.getByRole('group', { name: 'Format' });
    await expect.element(formats.getByRole('radio', { name: /^CSV for spreadsheets Opens/ })).toBeChecked();
    await expect
      .element(dialog.getByRole('radio', { name: 'In America/New_York, as shown on screen' }))
      .toBeChecked();
    await dialog.getByRole('radio', { name: 'In UTC', exact: true }).click();
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText('Export complete: 240 events')).toBeVisible();
    const [blob, name] = saveBlob.mock.calls[0]!;
    expect(name).toMatch(/_UTC\.csv$/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await blob.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe('Time (UTC),UTC offset (Time),User,Action,Description,IP Address,Resource');
    expect(lines.slice(1).every((line) => /^\d{4}-\d\d-\d\dT[\d:.]{12},UTC\+00:00,/.test(line))).toBe(true);
  });

  it('exports JSON Lines with every field, or plain CSV as the server sends it, as the user picks', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen } = await renderAudit(<ExportButton target="download" saveBlob={saveBlob} />, {
      timeZone: 'Asia/Kolkata',
    });
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /^JSON Lines/ }).click();
    // Every field: no column choice.
    await expect.element(dialog.getByRole('radio', { name: 'All columns' })).not.toBeInTheDocument();
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText('Export complete: 240 events')).toBeVisible();
    const [jsonl, jsonlName] = saveBlob.mock.calls[0]!;
    expect(jsonlName).toMatch(/_Asia-Kolkata\.jsonl$/);
    const events = (await jsonl.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events).toHaveLength(240);
    expect(events[0]).toEqual(
      expect.objectContaining({ frontegg_id: expect.any(String), tenantId: expect.any(String) }),
    );
    expect(events[0].createdAt).toMatch(/\+05:30$/);

    await dialog.getByRole('radio', { name: /^Plain CSV/ }).click();
    // The server's times are UTC: no zone choice.
    await expect.element(dialog.getByRole('group', { name: 'Times' })).not.toBeInTheDocument();
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByText('Export complete: 240 events')).toBeVisible();
    const [plain, plainName] = saveBlob.mock.calls[1]!;
    expect(plainName).toMatch(/_UTC\.csv$/);
    const bytes = new Uint8Array(await plain.arrayBuffer());
    expect(String.fromCharCode(...bytes.slice(0, 5))).toBe('Time,');
  });

  it('says before the click whether the file downloads or streams to a picked file', async () => {
    const { screen } = await renderAudit(<ExportButton inMemoryLimitBytes={1000} />);
    const picker = Object.getOwnPropertyDescriptor(window, 'showSaveFilePicker');
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    // This Chromium has a picker and 240 rows exceed the 1,000-byte limit given here.
    if (picker) {
      await expect
        .element(
          dialog.getByText(
            /^You choose where to save the file \(about [\d.,]+ kB\); it is written as it arrives\.$/,
          ),
        )
        .toBeVisible();
    }
    await expect
      .element(dialog.getByRole('button', { name: 'Download' }))
      .toHaveAccessibleDescription(
        picker ? /^You choose where to save the file/ : /^Saved as a normal download/,
      );
  });

  it('sizes no file from the previous filter’s count while the new one loads', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <ExportButton />
        <AuditTable />
      </>,
      { state: { defaultValue: { ...defaultAuditQuery, filters: { severity: ['Critical'] } } } },
    );
    await expect.element(screen.getByRole('status').filter({ hasText: /^\d+ events?$/ })).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Export' }).click();
    const download = screen.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Download' });
    // The few Critical events: a small file, sized.
    await expect.element(download).toHaveAccessibleDescription(/\(about [\d.,]+ [kM]?B\)/);
    await userEvent.keyboard('{Escape}');

    // Every event, answered slowly: meanwhile the table still shows the Critical ones, and their count is not
    // the new file's (which may be far over what is safe to build in memory).
    api().setScenario({ latencyMs: 10_000 });
    await screen.getByRole('button', { name: 'Clear all' }).click();
    await expect.element(screen.getByRole('grid')).toHaveAttribute('aria-busy', 'true');
    await screen.getByRole('button', { name: 'Export' }).click();
    await expect.element(download).not.toHaveAccessibleDescription(/about/);
  });

  it('sizes no file from a page when the server sends no count: 20 rows seen are not the export', async () => {
    listsWithoutTotal();
    const { screen } = await renderAudit(
      <>
        <ExportButton />
        <AuditTable />
      </>,
    );
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'At least 20 events' }))
      .toBeInTheDocument();
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    // Sized from the page, the file was "about 5 kB" and went to memory as a normal download.
    await expect
      .element(dialog.getByRole('button', { name: 'Download' }))
      .toHaveAccessibleDescription(
        Object.getOwnPropertyDescriptor(window, 'showSaveFilePicker')
          ? 'You choose where to save the file; it is written as it arrives.'
          : 'Saved as a normal download.',
      );
  });

  describe('names the saved file after the tenant', () => {
    const download = async (
      ui: ReactElement,
      options: Parameters<typeof renderAudit>[1] = {},
      loaded?: (screen: Awaited<ReturnType<typeof renderAudit>>['screen']) => Promise<unknown>,
    ) => {
      const { screen } = await renderAudit(ui, options);
      await loaded?.(screen);
      await screen.getByRole('button', { name: 'Export' }).click();
      const dialog = screen.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('button', { name: 'Download' }).click();
      await expect.element(dialog.getByText(/^Export complete/)).toBeVisible();
      return screen;
    };

    it('of the events shown, under a user token whose client names no tenant', async () => {
      const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
      await download(
        <>
          <ExportButton target="blob" saveBlob={saveBlob} />
          <AuditTable />
        </>,
        {},
        // The events are shown (the export button reads the same list).
        (screen) => expect.element(screen.getByRole('row').nth(1)).toBeVisible(),
      );
      const [, name] = saveBlob.mock.calls[0]!;
      expect(name).toMatch(new RegExp(`^audit-log_${demoIdentities.tenantAAdmin.tenantId}_start_`));
    });

    it('the host gives, as `tenantLabel`', async () => {
      const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
      await download(<ExportButton target="blob" saveBlob={saveBlob} tenantLabel="Acme Corp" />);
      expect(saveBlob.mock.calls[0]![1]).toMatch(/^audit-log_Acme-Corp_start_/);
    });

    it('leaving it out, not writing the word "tenant", when neither the events nor the client name one', async () => {
      const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
      await download(<ExportButton target="blob" saveBlob={saveBlob} />, {
        state: { defaultValue: { ...defaultAuditQuery, search: 'no event says this 7f3a9c' } },
      });
      expect(saveBlob.mock.calls[0]![1]).toMatch(/^audit-log_start_taken-[\dT-]+Z_UTC\.csv$/);
    });
  });

  it('writes the offset column’s header in the log’s language, naming its time column', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />, {
      locale: de.locale,
      messages: de.messages,
    });
    await screen.getByRole('button', { name: de.messages.exportCsv }).click();
    const dialog = screen.getByRole('dialog', { name: de.messages.exportCsv });
    await dialog.getByRole('button', { name: de.messages.exportStart }).click();
    await expect.element(dialog.getByText(/^Export abgeschlossen/)).toBeVisible();
    const header = (await saveBlob.mock.calls[0]![0].text()).replace(/^\uFEFF/, '').split('\r\n')[0]!;
    expect(header.split(';').slice(0, 2)).toEqual(['Time (UTC)', 'UTC-Abweichung (Time)']);
  });
});
