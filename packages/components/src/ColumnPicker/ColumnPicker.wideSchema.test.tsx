// A vendor's schema of 300 columns made the picker a list of 900 Tab stops with no way to find a column, and
// moving the last one to the top took 299 presses. It now has a field that narrows the list, and Home and End on a
// column's controls move it to either end.
import { defaultAuditColumns, type AuditColumn } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ColumnPicker } from './ColumnPicker.tsx';

setupMockApi();

const custom = (name: string, displayName: string, showInTable = false): AuditColumn => ({
  ...defaultAuditColumns[2]!,
  name,
  displayName,
  showInTable,
  isPredefined: false,
});

/** Frontegg's 8 columns and 292 of the vendor's, the last of them in the table; 300 in all. */
const wideSchema: AuditColumn[] = [
  ...defaultAuditColumns,
  ...Array.from({ length: 292 }, (_, i) => {
    if (i === 30) return custom('region', 'Region');
    if (i === 100) return custom('field_100', 'Cafe\u0301 size'); // the accent as a combining mark (NFD)
    if (i === 150) return custom('region_code', 'Region code');
    if (i === 291) return custom('field_last', 'Last metric', true);
    return custom(`field_${i}`, `Metric ${i}`);
  }),
];

const headerNames = (table: Element) =>
  [...table.querySelectorAll('th')].map((th) => th.textContent?.trim()).filter(Boolean);

/** The picker, open beside the table, once the 300 columns are in it. */
async function openWidePicker() {
  overrideMock(
    http.get('*/metadata', () =>
      HttpResponse.json({ rows: [{ entityName: 'audits', properties: wideSchema }] }),
    ),
  );
  const { screen } = await renderAudit(
    <>
      <ColumnPicker />
      <AuditTable />
    </>,
  );
  const table = screen.getByRole('grid', { name: 'Audit events' });
  await expect.element(table.getByRole('columnheader', { name: 'Last metric' })).toBeVisible();
  await screen.getByRole('button', { name: 'Columns' }).click();
  const dialog = screen.getByRole('dialog', { name: 'Show and order columns' });
  const checkboxes = dialog.getByRole('checkbox');
  await expect.poll(() => checkboxes.elements().length).toBe(300);
  /** The columns the list shows, in its order. */
  const listed = () => checkboxes.elements().map((box) => box.closest('label')!.textContent!.trim());
  return { screen, table, dialog, listed, filter: dialog.getByRole('searchbox', { name: 'Find a column' }) };
}

describe('the column picker of a wide schema', () => {
  it('narrows the list to the columns whose display or column name holds what is typed, and says how many', async () => {
    const { dialog, listed, filter } = await openWidePicker();
    const status = dialog.getByRole('status');
    // Said by the move keys it offers, with the field.
    await expect
      .element(filter)
      .toHaveAccessibleDescription('Home moves a column to the top, End to the bottom.');

    await filter.fill('REGIO');
    await expect.poll(listed).toEqual(['Region', 'Region code']);
    await expect.element(status).toHaveTextContent('2 columns match');
    // The matches' controls work.
    await expect.element(dialog.getByRole('button', { name: 'Move Region code up' })).toBeEnabled();
    await dialog.getByRole('checkbox', { name: 'Region code' }).click();
    await expect.element(dialog.getByRole('checkbox', { name: 'Region code' })).toBeChecked();

    // Without its accent, whichever way the metadata writes it.
    await filter.fill('cafe');
    await expect.poll(() => listed().map((name) => name.normalize('NFC'))).toEqual(['Café size']);
    await expect.element(status).toHaveTextContent('1 column matches');

    // By the column's name too (the API's, as a link or an export names it).
    await filter.fill('field_27');
    await expect.poll(() => listed().length).toBe(11);
    expect(listed()[0]).toBe('Metric 27');

    await filter.fill('nothing like it');
    await expect.element(dialog.getByText('No column matches')).toBeVisible();
    await expect.element(status).toHaveTextContent('No column matches');
    expect(listed()).toEqual([]);

    await filter.clear();
    await expect.poll(() => listed().length).toBe(300);
  });

  it('moves the last column to the top by keyboard in a few presses, and the table follows', async () => {
    const { table, dialog, listed, filter } = await openWidePicker();
    expect(headerNames(table.element()).at(-1)).toBe('Last metric');
    // The dialog opens on its Close button; the field is the next stop.
    await userEvent.keyboard('{Tab}');
    await expect.element(filter).toHaveFocus();
    await userEvent.keyboard('last');
    await userEvent.keyboard('{Tab}');
    await expect.element(dialog.getByRole('checkbox', { name: 'Last metric' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect
      .element(dialog.getByRole('status'))
      .toHaveTextContent('Last metric moved to position 1 of 300');
    await expect.element(dialog.getByRole('checkbox', { name: 'Last metric' })).toHaveFocus();
    await expect.poll(() => headerNames(table.element())[1]).toBe('Last metric');

    // End from a move button: Time goes to the bottom, focus stays on the button it was on.
    await filter.clear();
    await expect.poll(() => listed()[0]).toBe('Last metric');
    (dialog.getByRole('button', { name: 'Move Time up' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{End}');
    await expect.element(dialog.getByRole('status')).toHaveTextContent('Time moved to position 300 of 300');
    await expect.element(dialog.getByRole('button', { name: 'Move Time up' })).toHaveFocus();
    await expect.poll(() => listed().at(-1)).toBe('Time');
    await expect.poll(() => headerNames(table.element()).at(-1)).toBe('Time');
    expect(listed().slice(0, 3)).toEqual(['Last metric', 'User', 'Action']);
  });

  it('moves a column among the matches past the match it passes, keeping the full order of the others', async () => {
    const { dialog, listed, filter } = await openWidePicker();
    const before = listed();
    await filter.fill('region');
    await expect.poll(listed).toEqual(['Region', 'Region code']);
    await expect.element(dialog.getByRole('button', { name: 'Move Region up' })).toBeDisabled();

    await dialog.getByRole('button', { name: 'Move Region code up' }).click();
    await expect.poll(listed).toEqual(['Region code', 'Region']);
    // Its place in the full order: where Region was (the 39th of 300), Region one further down.
    await expect
      .element(dialog.getByRole('status'))
      .toHaveTextContent('Region code moved to position 39 of 300');

    await filter.clear();
    await expect.poll(() => listed().length).toBe(300);
    const expected = before.filter((name) => name !== 'Region code');
    expected.splice(expected.indexOf('Region'), 0, 'Region code');
    expect(listed()).toEqual(expected);
  });

  // 300 columns scroll the picker far past its field: scrolled to the end, the field that finds a column scrolled
  // away with the list, and going back to it took the whole scroll.
  it('keeps the field that finds a column in view however far the list is scrolled', async () => {
    const { dialog, filter } = await openWidePicker();
    const box = dialog.element() as HTMLElement;
    box.scrollTop = box.scrollHeight;
    await expect.poll(() => box.scrollTop).toBeGreaterThan(1000);
    const field = (filter.element() as HTMLElement).getBoundingClientRect();
    const shown = box.getBoundingClientRect();
    expect(field.top).toBeGreaterThanOrEqual(shown.top);
    expect(field.bottom).toBeLessThanOrEqual(shown.bottom);
    // Nothing of the list shows through it: the element at its middle is the field (or its label).
    const atField = document.elementFromPoint(field.left + field.width / 2, field.top + field.height / 2);
    expect(atField === filter.element() || atField?.closest('label')?.contains(filter.element())).toBe(true);
  });

  // Over 1,000 columns in another order than the vendor's, a link cannot carry the choice back, so the preferences
  // refuse the change; the picker said "moved to position 1,050 of 1,050" and nothing changed.
  it('says why a move is refused when a link could not carry the choice, each time, and announces no move', async () => {
    const many = Array.from({ length: 1050 }, (_, i) => custom(`c${i}`, `Col ${i}`, true));
    overrideMock(
      http.get('*/metadata', () => HttpResponse.json({ rows: [{ entityName: 'audits', properties: many }] })),
    );
    const { screen } = await renderAudit(<ColumnPicker />, { state: { url: true } });
    await screen.getByRole('button', { name: 'Columns' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Show and order columns' });
    const checkboxes = dialog.getByRole('checkbox');
    await expect.poll(() => checkboxes.elements().length).toBe(1050);
    const first = dialog.getByRole('checkbox', { name: 'Col 0', exact: true });
    const status = dialog.getByRole('status');
    const refusal =
      'The columns were not changed: a link can carry at most 1,000 column names. Reset the columns to start again.';
    // Each time it is filled with the refusal, a screen reader says it: a second refusal in the same words too.
    let said = 0;
    new MutationObserver(() => void (status.element().textContent === refusal && said++)).observe(
      status.element(),
      { childList: true, characterData: true, subtree: true },
    );
    (first.element() as HTMLElement).focus();
    await userEvent.keyboard('{End}');
    await expect.element(status).toHaveTextContent(refusal);
    expect(checkboxes.elements()[0]!.closest('label')!.textContent!.trim()).toBe('Col 0');
    await userEvent.keyboard('{End}');
    await expect.poll(() => said).toBe(2);
  });

  // Showing or hiding a column is said by its checkbox; the status said the number of matches again, old news.
  it('says nothing more when a column is shown or hidden while the list is narrowed', async () => {
    const { dialog, filter } = await openWidePicker();
    const status = dialog.getByRole('status');
    await filter.fill('region');
    await expect.element(status).toHaveTextContent('2 columns match');
    await dialog.getByRole('button', { name: 'Move Region code up' }).click();
    await expect.element(status).toHaveTextContent(/^Region code moved to position/);
    const changes: string[] = [];
    new MutationObserver(() => void changes.push(status.element().textContent ?? '')).observe(
      status.element(),
      { childList: true, characterData: true, subtree: true },
    );
    await dialog.getByRole('checkbox', { name: 'Region', exact: true }).click();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(changes).toEqual([]);
  });

  // A control scrolled just under the field was "in view" to the browser, so focus landed there unseen, its ring
  // behind the field (WCAG 2.4.11 Focus Not Obscured).
  it('scrolls a control that gets focus out from under the field', async () => {
    const { dialog, filter } = await openWidePicker();
    const box = dialog.element() as HTMLElement;
    box.scrollTop = 3000;
    await expect.poll(() => box.scrollTop).toBeGreaterThan(2000);
    const field = (filter.element() as HTMLElement).closest('label')!;
    const fieldBottom = field.getBoundingClientRect().bottom;
    const hidden = [...box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((input) => {
      const rect = input.getBoundingClientRect();
      return rect.top >= box.getBoundingClientRect().top && rect.bottom <= fieldBottom;
    })!;
    expect(hidden).toBeDefined();
    hidden.focus();
    await expect
      .poll(() => hidden.getBoundingClientRect().top)
      .toBeGreaterThanOrEqual(field.getBoundingClientRect().bottom);
  });
});
