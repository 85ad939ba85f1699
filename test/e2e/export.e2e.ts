// Downloading what you filtered: the saved file is compared with the mock's data, row by row and cell by cell.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { apiListAll, columnTitles, expectCount, recoverServer, waitForRows } from './support/auditLog.ts';
import { expectedCell, isLiveFormula, parseCsv } from './support/csv.ts';
import { auditLogSession } from './support/auditLogSession.ts';

const session = auditLogSession();

async function open(): Promise<Page> {
  const opened = await session.open('', { wait: false });
  const { context } = opened;
  // Chromium offers the File System Access picker, a native dialog no automation can answer; without it the
  // library falls back to a normal download, which the browser context records.
  await context.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await opened.page.reload();
  await waitForRows(opened.page);
  return opened.page;
}

async function chooseScenario(page: Page, label: string): Promise<void> {
  await page.getByLabel('Mock API scenario').selectOption({ label });
}

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export', exact: true });

async function download(page: Page, button = 'Download'): Promise<Download> {
  const saved = page.waitForEvent('download', { timeout: 60_000 });
  await exportDialog(page).getByRole('button', { name: button }).click();
  return saved;
}

async function savedRows(saved: Download): Promise<string[][]> {
  const path = await saved.path();
  return parseCsv(await readFile(path, 'utf8'));
}

describe('CSV export', () => {
  test('the file holds exactly the filtered events, in order, with the picked columns and their headers', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Severity', exact: true }).click();
    await page.getByRole('dialog', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).check();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Columns' }).click();
    const picker = page.getByRole('dialog', { name: 'Show and order columns' });
    await picker.getByRole('checkbox', { name: 'IP Address' }).uncheck();
    await picker.getByRole('checkbox', { name: 'User Agent' }).check();
    await picker.getByRole('checkbox', { name: 'Json Data' }).check();
    await picker.getByRole('button', { name: 'Move Json Data up' }).click();
    await page.keyboard.press('Escape');
    const titles = await columnTitles(page);

    const expected = await apiListAll(page, { severity: 'High' });
    expect(expected.length).toBeGreaterThan(20);
    await expectCount(page, expected.length);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await exportDialog(page).getByRole('radio', { name: 'Visible columns, in order' }).check();
    const saved = await download(page);
    await exportDialog(page)
      .getByText(`Export complete: ${expected.length.toLocaleString('en-US')} events`)
      .waitFor();

    // CSV for spreadsheets (the default in en-US): the time in the screen's zone (UTC here) with its offset.
    expect(saved.suggestedFilename()).toMatch(/^audit-log_.*_UTC\.csv$/);
    const [header, ...rows] = await savedRows(saved);
    expect(header).toEqual(
      titles.flatMap((title) => (title === 'Time' ? ['Time (UTC)', 'UTC offset (Time)'] : [title])),
    );
    expect(rows).toHaveLength(expected.length);
    const names: Record<string, string> = {
      Time: 'createdAt',
      User: 'email',
      Action: 'action',
      Description: 'description',
      Resource: 'resource',
      'User Agent': 'userAgent',
      'Json Data': 'json',
      Severity: 'severity',
    };
    const fields = titles.map((title) => names[title] ?? title);
    const at = fields.indexOf('createdAt');
    rows.forEach((row, index) => {
      const event = expected[index];
      if (!event) throw new Error(`row ${index} has no event`);
      const cells = [...row];
      const [local, offset] = cells.splice(at, 2);
      expect(offset).toBe('UTC+00:00');
      expect(Date.parse(`${local}Z`)).toBe(Date.parse(event.createdAt));
      expect(cells).toEqual(
        fields
          .filter((field) => field !== 'createdAt')
          .map((field) =>
            expectedCell(event, field, { first: field === fields[0], last: field === fields.at(-1) }),
          ),
      );
    });
  });

  test('cells that a spreadsheet would run as formulas are saved neutralised', async () => {
    const page = await open();
    await page.getByText('Record a custom event').click();
    const form = page.getByRole('form', { name: 'Record a custom event' });
    const action = '=HYPERLINK("https://evil.example/collect","Open report")';
    await form.getByLabel('Action').fill(action);
    await form.getByLabel('Description').fill('+SUM(A1:A9)');
    await form.getByLabel('Resource').fill('@evil-resource');
    await form.getByRole('button', { name: 'Record event' }).click();
    await page.getByText(/^Recorded “/).waitFor();

    await page.getByRole('combobox', { name: 'Search events' }).fill('evil');
    const expected = await apiListAll(page, { filter: 'evil' });
    expect(expected.length).toBeGreaterThan(0);
    await expectCount(page, expected.length);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [header, ...rows] = await savedRows(await download(page));

    expect(rows).toHaveLength(expected.length);
    const at = (title: string) => header?.indexOf(title) ?? -1;
    const ours = rows.find((row) => row[at('Action')] === `'${action}`);
    expect(ours?.[at('Description')]).toBe("'+SUM(A1:A9)");
    expect(ours?.[at('Resource')]).toBe("'@evil-resource");
    expect(rows.flat().filter(isLiveFormula)).toEqual([]);
  });

  test('an export of 1,000,000 events shows progress and can be cancelled mid-way, saving nothing', async () => {
    const page = await open();
    await chooseScenario(page, '1,000,000 events');
    await waitForRows(page);
    await expectCount(page, 1_000_000);
    let downloads = 0;
    page.on('download', () => (downloads += 1));

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await exportDialog(page).getByRole('button', { name: 'Download' }).click();
    const progress = exportDialog(page).getByText(/^Exported [\d,]+ of 1,000,000 events$/);
    await expect
      .poll(
        async () => Number((await progress.innerText()).match(/^Exported ([\d,]+)/)?.[1]?.replace(/,/g, '')),
        {
          timeout: 60_000,
        },
      )
      .toBeGreaterThan(0);
    await exportDialog(page).getByRole('button', { name: 'Cancel export' }).click();

    await exportDialog(page).getByText('Export cancelled; no file was saved.').waitFor();
    await page.waitForTimeout(1500);
    expect(downloads).toBe(0);
    expect(await exportDialog(page).getByRole('button', { name: 'Download' }).isEnabled()).toBe(true);
  });

  test('a stream that breaks off fails visibly, saves nothing, and a retry after recovery saves the whole file', async () => {
    const page = await open();
    await chooseScenario(page, 'Export breaks off mid-stream');
    await waitForRows(page);
    let downloads = 0;
    page.on('download', () => (downloads += 1));

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await exportDialog(page).getByRole('button', { name: 'Download' }).click();
    await exportDialog(page)
      .getByRole('alert')
      .filter({ hasText: /^Export failed/ })
      .waitFor({ timeout: 60_000 });
    expect(downloads).toBe(0);

    // The server recovers; the person retries.
    await recoverServer(page);
    const expected = await apiListAll(page, { count: 200 });
    const saved = await download(page, 'Retry');
    const [header, ...rows] = await savedRows(saved);
    expect(rows).toHaveLength(expected.length);
    expect(rows.at(-1)?.[header?.indexOf('Action') ?? -1]).toBe(
      expectedCell(expected.at(-1) as NonNullable<(typeof expected)[number]>, 'action', {
        first: header?.[0] === 'Action',
        last: header?.at(-1) === 'Action',
      }),
    );
  });
});
