// While an export runs, the filters may change (the dialog closed): the dialog described the new filters' file, its
// size and what it leaves out, beside the progress of the file being written from the old ones.
import { defaultAuditQuery } from '@auditkit/headless';
import { MAX_LATENCY_MS } from '@auditkit/mock-api';
import { describe, expect, it, vi } from 'vitest';
import { userEvent, type Locator } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { TimeZoneSelect } from '../TimeZoneSelect/TimeZoneSelect.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ExportButton } from './ExportButton.tsx';

const api = setupMockApi();

const moved = 'The filters changed after this export started: the file follows them as they were then.';

/**
 * A log whose file cannot apply the description filter, and whose severity filter narrows the count, with the
 * export dialog open and its note and destination as said before the click.
 */
async function openWithFilters() {
  const { screen } = await renderAudit(
    <>
      <FilterBar />
      <ExportButton target="blob" saveBlob={vi.fn()} />
      <AuditTable />
    </>,
    {
      state: {
        defaultValue: { ...defaultAuditQuery, filters: { description: ['wire'], severity: ['High'] } },
      },
    },
  );
  await expect.element(screen.getByRole('status').filter({ hasText: /^\d+ events?$/ })).toBeInTheDocument();
  await screen.getByRole('button', { name: 'Export' }).click();
  const dialog = screen.getByRole('dialog', { name: 'Export' });
  const note = dialog.getByRole('note', { name: 'Not applied to the file' });
  await expect.element(note).toHaveTextContent('Description: wire');
  const download = dialog.getByRole('button', { name: 'Download' });
  await expect.element(download).toHaveAccessibleDescription(/\(about [\d.,]+ [kM]?B\)/);
  const destination = dialog.getByText(/^Saved as a normal download/);
  const sized = destination.element().textContent ?? '';
  return { screen, dialog, note, download, destination, sized };
}

/** Starts the export and closes its dialog while the file is still being written. */
async function startThenClose(dialog: Locator, download: Locator) {
  await download.click();
  await expect.element(dialog.getByRole('progressbar')).toBeVisible();
  await userEvent.keyboard('{Escape}');
  await expect.element(dialog).not.toBeInTheDocument();
}

describe('ExportButton while an export runs and the filters change', () => {
  it('still describes the file being written (size, what it leaves out) and says the filters moved', async () => {
    api().setScenario({ exportStream: 'slow', exportChunkDelayMs: MAX_LATENCY_MS });
    const { screen, dialog, note, download, destination, sized } = await openWithFilters();
    await startThenClose(dialog, download);

    // Every event now: more of them, and none the file cannot apply.
    await screen.getByRole('button', { name: 'Clear all' }).click();
    await expect.element(screen.getByRole('status').filter({ hasText: /^240 events$/ })).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Export' }).click();
    await expect.element(dialog.getByRole('progressbar')).toBeVisible();
    await expect.element(destination).toHaveTextContent(sized);
    await expect.element(note).toHaveTextContent('Description: wire');
    await expect.element(dialog.getByText(moved)).toBeVisible();

    // Once it has ended, the dialog describes the next export, from the filters now.
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await expect.element(dialog.getByText('Export cancelled; no file was saved.')).toBeVisible();
    await expect.element(note).not.toBeInTheDocument();
    await expect.element(download).toHaveAccessibleDescription(/^Saved as a normal download/);
    expect(download.element().getAttribute('aria-describedby')).not.toMatch(/unapplied/);
    expect(dialog.getByText(/^Saved as a normal download/).element().textContent).not.toBe(sized);
    await expect.element(dialog.getByText(moved)).not.toBeInTheDocument();
  });

  it('says the filters moved with the outcome of the file, which names what it left out', async () => {
    // One batch of rows after 6 s: time enough to change the filters while the file is written.
    api().setScenario({ exportStream: 'slow', exportChunkDelayMs: 6000 });
    const { screen, dialog, download } = await openWithFilters();
    await download.click();
    await expect.element(dialog.getByRole('progressbar')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await screen.getByRole('button', { name: 'Clear all' }).click();
    await expect.element(screen.getByRole('status').filter({ hasText: /^240 events$/ })).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Export' }).click();
    const outcome = dialog.getByRole('status');
    await expect
      .element(outcome, { timeout: 15_000 })
      .toHaveTextContent(/^Export complete: \d+ events\. Not applied to the file: Description\./);
    await expect.element(outcome).toHaveTextContent(moved);
  });

  it('adds no such line while the filters stay as they were', async () => {
    api().setScenario({ exportStream: 'slow', exportChunkDelayMs: MAX_LATENCY_MS });
    const { screen, dialog, note, download, destination, sized } = await openWithFilters();
    await startThenClose(dialog, download);
    await screen.getByRole('button', { name: 'Export' }).click();
    await expect.element(dialog.getByRole('progressbar')).toBeVisible();
    await expect.element(note).toHaveTextContent('Description: wire');
    await expect.element(destination).toHaveTextContent(sized);
    expect(dialog.getByText(moved).elements()).toHaveLength(0);
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
  });

  it('names the zone the file is written in, not the one the log changed to meanwhile', async () => {
    api().setScenario({ exportStream: 'slow', exportChunkDelayMs: MAX_LATENCY_MS });
    const { screen } = await renderAudit(
      <>
        <TimeZoneSelect zones={['Asia/Tokyo']} />
        <ExportButton target="blob" saveBlob={vi.fn()} />
        <AuditTable />
      </>,
    );
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await expect.element(dialog.getByRole('radio', { name: 'In UTC, as shown on screen' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect.element(dialog.getByRole('progressbar')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();

    await screen.getByRole('combobox', { name: 'Time zone' }).selectOptions('Asia/Tokyo');
    await screen.getByRole('button', { name: 'Export' }).click();
    await expect.element(dialog.getByRole('progressbar')).toBeVisible();
    await expect.element(dialog.getByRole('radio', { name: 'In UTC, as shown on screen' })).toBeChecked();
    expect(dialog.getByRole('radio', { name: /Asia\/Tokyo/ }).elements()).toHaveLength(0);
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
  });
});
