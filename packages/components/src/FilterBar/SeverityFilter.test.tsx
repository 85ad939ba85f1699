// Frontegg's own data carries severities beyond the five the create body lists (its demo data: `Attention`, a
// lower-case `info`; its portal filtered on Info/Attention/Error). A tenant whose events carry one can filter to it.
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { messages as de } from '../messages/de.ts';
import { isListRequest, overrideMock, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { FilterBar } from './FilterBar.tsx';
import { SeverityFilter } from './SeverityFilter.tsx';

setupMockApi();

const lastList = () => requests.filter(isListRequest).at(-1);

/** Serves these severities from both list endpoints, whatever the request asks (the mock's filter is not tested here). */
function serveSeverities(severities: readonly string[]) {
  const data = severities.map((severity, index) => ({
    frontegg_id: `e${index}`,
    createdAt: `2026-11-25T10:00:0${index}.000Z`,
    severity,
    action: `Action ${index}`,
    email: 'ada@acme.test',
  }));
  const answer = () => HttpResponse.json({ data, total: data.length });
  overrideMock(http.get('*/audits/resources/audits/v2', answer), http.get('*/audits', answer));
}

/** The options of the open Severity dialog, in order, by their text. */
const optionTexts = (dialog: Element) =>
  [...dialog.querySelectorAll('input[type="checkbox"]')].map((box) => box.closest('label')!.textContent);

afterEach(() => history.replaceState(null, '', location.pathname));

describe('Severity filter beyond the five severities the API lists', () => {
  it('shows a link’s severity=Attention as a chip and a ticked "Attention" option that can be unticked', async () => {
    serveSeverities(['Attention', 'Attention']);
    history.replaceState(null, '', `${location.pathname}?audit.sev=Attention`);
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
      { state: { url: true } },
    );
    // The chip names it by its own text, and the request asks for it.
    const chip = screen.getByRole('button', { name: 'Remove filter Severity: Attention' });
    await expect.element(chip).toBeVisible();
    await expect
      .element(screen.getByRole('list', { name: 'Active filters' }).getByText('Severity: Attention'))
      .toBeVisible();
    await expect.poll(() => lastList()?.searchParams.get('severity')).toBe('Attention');

    await screen.getByRole('button', { name: 'Severity (1)' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Severity' });
    const attention = dialog.getByRole('checkbox', { name: 'Attention', exact: true });
    await expect.element(attention).toBeChecked();
    for (const level of ['Info', 'Medium', 'High', 'Error', 'Critical'])
      await expect.element(dialog.getByRole('checkbox', { name: level, exact: true })).not.toBeChecked();
    // A badge of its own text, in the neutral look of a severity the log does not know.
    const badge = attention.element().closest('label')!.querySelector('[data-slot="audit-severity"]')!;
    expect(badge.getAttribute('data-severity')).toBe('unknown');
    expect(badge.textContent).toBe('Attention');

    await attention.click();
    await expect.element(attention).not.toBeChecked();
    await expect.poll(() => new URLSearchParams(location.search).get('audit.sev')).toBeNull();
    await expect.poll(() => lastList()?.searchParams.has('severity')).toBe(false);
    await userEvent.keyboard('{Escape}');
    await expect.element(chip).not.toBeInTheDocument();
  });

  it('keeps an unticked option that no loaded event carries, with the focus on it, while the dialog is open', async () => {
    serveSeverities([]);
    history.replaceState(null, '', `${location.pathname}?audit.sev=Atention`);
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
      { state: { url: true } },
    );
    await screen.getByRole('button', { name: 'Severity (1)' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Severity' });
    const typo = dialog.getByRole('checkbox', { name: 'Atention', exact: true });
    await expect.element(typo).toBeChecked();
    (typo.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect.poll(() => new URLSearchParams(location.search).get('audit.sev')).toBeNull();
    await expect.element(typo).not.toBeChecked();
    expect(document.activeElement).toBe(typo.element());
    // Closed and opened again, the option is gone: nothing holds it any more.
    await userEvent.keyboard('{Escape}');
    await screen.getByRole('button', { name: 'Severity', exact: true }).click();
    await expect.element(screen.getByRole('dialog', { name: 'Severity' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Atention', exact: true }).query()).toBeNull();
  });

  it('offers the severities of the loaded rows after the five, and filters to one of them', async () => {
    serveSeverities(['Attention', 'info', 'Notice', 'High', 'constructor', 'Attention']);
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(6)).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Severity' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Severity' });
    const order = [...['Info', 'Medium', 'High', 'Error', 'Critical'], 'Attention', 'constructor', 'Notice'];
    // `info` is the Info option, not a second one; `constructor` is just a name.
    await expect.poll(() => optionTexts(dialog.element())).toEqual(order);

    const notice = dialog.getByRole('checkbox', { name: 'Notice', exact: true });
    await notice.click();
    await expect.element(notice).toBeChecked();
    await expect.poll(() => lastList()?.searchParams.get('severity')).toBe('Notice');
    // Ticked, it stays where it was.
    expect(optionTexts(dialog.element())).toEqual(order);
    await userEvent.keyboard('{Escape}');
    await expect
      .element(screen.getByRole('button', { name: 'Remove filter Severity: Notice' }))
      .toBeVisible();
    // The search box says it too, as the data writes it.
    await expect
      .element(screen.getByRole('combobox', { name: 'Search events' }))
      .toHaveValue('severity:Notice');
  });

  it('applies severity:Attention typed in the search box, as typed, and ticks its option', async () => {
    serveSeverities(['Attention']);
    const { screen } = await renderAudit(
      <>
        <FilterBar searchDebounceMs={100} />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(1)).toBeInTheDocument();
    await screen.getByRole('combobox', { name: 'Search events' }).click();
    await userEvent.keyboard('severity:Attention{Enter}');
    await expect.poll(() => lastList()?.searchParams.get('severity')).toBe('Attention');
    // Applied, not listed as a problem.
    await expect.element(screen.getByRole('list', { name: 'Not applied' })).not.toBeInTheDocument();
    await expect
      .element(screen.getByRole('button', { name: 'Remove filter Severity: Attention' }))
      .toBeVisible();
    await screen.getByRole('button', { name: 'Severity (1)' }).click();
    await expect
      .element(
        screen
          .getByRole('dialog', { name: 'Severity' })
          .getByRole('checkbox', { name: 'Attention', exact: true }),
      )
      .toBeChecked();
  });

  it('labels the five in the log’s language and any other severity as the data writes it', async () => {
    const onChange = vi.fn();
    const { screen } = await renderAudit(
      <SeverityFilter value={['Attention', 'info']} onChange={onChange} seen={['Notice', 'Attention']} />,
      { messages: de, locale: 'de' },
    );
    await screen.getByRole('button', { name: 'Schweregrad (2)' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Schweregrad' });
    expect(optionTexts(dialog.element())).toEqual([
      'Info',
      'Mittel',
      'Hoch',
      'Fehler',
      'Kritisch',
      'Attention',
      'Notice',
    ]);
    await expect.element(dialog.getByRole('checkbox', { name: 'Info', exact: true })).toBeChecked();
    await expect.element(dialog.getByRole('checkbox', { name: 'Attention', exact: true })).toBeChecked();
    await expect.element(dialog.getByRole('checkbox', { name: 'Notice', exact: true })).not.toBeChecked();
    await dialog.getByRole('checkbox', { name: 'Notice', exact: true }).click();
    expect(onChange).toHaveBeenLastCalledWith(['Attention', 'info', 'Notice']);
    await dialog.getByRole('checkbox', { name: 'Attention', exact: true }).click();
    expect(onChange).toHaveBeenLastCalledWith(['info']);
    await dialog.getByRole('checkbox', { name: 'Info', exact: true }).click();
    expect(onChange).toHaveBeenLastCalledWith(['Attention']);
  });
});
