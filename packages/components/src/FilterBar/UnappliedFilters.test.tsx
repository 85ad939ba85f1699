import { planAuditRequest, defaultAuditColumns } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import * as de from '../messages/de.ts';
import { axeViolations } from '../test/axe.ts';
import { FilterChips } from './FilterChips.tsx';
import { UnappliedFilters } from './UnappliedFilters.tsx';

// A combination no endpoint takes (`users`, v2 only, with a column filter) and a sort the API cannot name: the
// parts say so rather than show the rows as if filtered and sorted.
const plan = planAuditRequest(
  {
    count: 20,
    offset: 0,
    sortBy: 'first-name',
    filters: { severity: ['High'], action: ['Login'], users: ['u-1'] },
  },
  { columns: defaultAuditColumns },
);

describe('UnappliedFilters', () => {
  it('says which filter and sort the API cannot apply, and why, and the chip says "not applied"', async () => {
    expect(plan.endpoint).toBe('legacyList');
    const labels: Record<string, string> = { users: 'User', severity: 'Severity' };
    const screen = await render(
      <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
        <div className="auditkit">
          <FilterChips
            chips={[
              { key: 'severity', label: 'Severity', value: 'High', onRemove: () => {} },
              { key: 'users', label: 'User', value: 'u-1', onRemove: () => {}, unapplied: true },
            ]}
            onClearAll={() => {}}
          />
          <UnappliedFilters items={plan.unapplied} labelOf={(column) => labels[column] ?? column} />
        </div>
      </AuditUiProvider>,
    );
    const note = screen.getByRole('note', { name: 'Not applied to the rows shown' });
    await expect
      .element(note)
      .toHaveTextContent('User: u-1 (the audits API cannot combine it with the other filters)');
    await expect
      .element(note)
      .toHaveTextContent('Sort by first-name (the audits API cannot sort by this field)');
    const chips = screen.getByRole('list', { name: 'Active filters' });
    await expect.element(chips.getByText('User: u-1 (not applied)')).toBeVisible();
    await expect.element(chips.getByText('Severity: High', { exact: true })).toBeVisible();
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it('lists a severity in the log’s language and hidden characters marked, as the chips show them', async () => {
    const items = [
      { kind: 'filter', column: 'severity', values: ['High', 'Critical'], reason: 'conflict' },
      { kind: 'filter', column: 'action', values: ['user.\u202Edeleted'], reason: 'conflict' },
    ] as const;
    const screen = await render(
      <AuditUiProvider defaultTimeZone="UTC" translation={de}>
        <UnappliedFilters
          items={items}
          labelOf={(column) => (column === 'severity' ? 'Schweregrad' : 'Aktion')}
        />
      </AuditUiProvider>,
    );
    const note = screen.getByRole('note');
    await expect.element(note).toHaveTextContent('Schweregrad: Hoch, Kritisch');
    await expect.element(note).toHaveTextContent('Aktion: user.⟨U+202E⟩deleted');
  });

  it('renders nothing when the whole query applies', async () => {
    const screen = await render(
      <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
        <UnappliedFilters items={[]} labelOf={(column) => column} />
      </AuditUiProvider>,
    );
    expect(screen.container.textContent).toBe('');
  });
});
