import { planAuditRequest, defaultAuditColumns } from '@auditkit/headless';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import * as de from '../messages/de.ts';
import * as fr from '../messages/fr.ts';
import * as he from '../messages/he.ts';
import * as ja from '../messages/ja.ts';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';
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

setupMockApi();
afterEach(() => history.replaceState(null, '', location.pathname));

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
          <UnappliedFilters items={plan.unapplied} labelOf={(item) => labels[item.column] ?? item.column} />
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
          labelOf={(item) => (item.column === 'severity' ? 'Schweregrad' : 'Aktion')}
        />
      </AuditUiProvider>,
    );
    const note = screen.getByRole('note');
    // The values as the alternatives they are, in the words' language.
    await expect.element(note).toHaveTextContent('Schweregrad: Hoch oder Kritisch');
    await expect.element(note).toHaveTextContent('Aktion: user.⟨U+202E⟩deleted');
  });

  // A link's sort column is the sender's text, named in the note as the link has it: an override in it would
  // reverse the rest of the line (`Sort by \u202Enimda` read as "Sort by admin").
  it('marks a bidi override in the sort column a shared link names, as the chips mark one', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?audit.sort=${encodeURIComponent('\u202Enimda')}:asc`,
    );
    const screen = await renderAuditLog({ urlState: true, newEventsInterval: false });
    const note = screen.getByRole('note', { name: 'Not applied to the rows shown' });
    await expect.element(note).toHaveTextContent('Sort by ⟨U+202E⟩nimda');
    expect(note.element().textContent).not.toContain('\u202E');
  });

  it('lists them in a translation whose locale is written the POSIX way (de_DE), not failing the log', async () => {
    const screen = await render(
      <AuditUiProvider defaultTimeZone="UTC" translation={{ ...de, locale: 'de_DE' }}>
        <UnappliedFilters
          items={[{ kind: 'filter', column: 'severity', values: ['High', 'Critical'], reason: 'conflict' }]}
          labelOf={() => 'Schweregrad'}
        />
      </AuditUiProvider>,
    );
    await expect.element(screen.getByRole('note')).toHaveTextContent('Schweregrad: Hoch oder Kritisch');
  });

  it('lists a filter’s values as its language lists them, not with an English comma (Japanese: 、)', async () => {
    const screen = await render(
      <AuditUiProvider defaultTimeZone="UTC" translation={ja} locale="en-US">
        <UnappliedFilters
          items={[{ kind: 'filter', column: 'email', values: ['alice', 'bob', 'carol'], reason: 'conflict' }]}
          labelOf={() => 'ユーザー'}
        />
      </AuditUiProvider>,
    );
    await expect.element(screen.getByRole('note')).toHaveTextContent('alice、bob、またはcarol');
  });

  // The chip and the list used to put an English ": " between label and value in every language.
  it.each([
    [
      'French, a no-break space before the colon',
      fr,
      'Action\u00a0: Login',
      'Non appliqué aux lignes affichées\u00a0:',
    ],
    [
      'Hebrew, label and value isolated',
      he,
      '\u2068פעולה\u2069: \u2068Login\u2069',
      'לא הוחל על השורות המוצגות:',
    ],
    ['Japanese, a full-width colon', ja, 'アクション：Login', '表示中の行には適用されていません：'],
    ['German', de, 'Aktion: Login', 'Nicht auf die angezeigten Zeilen angewendet:'],
  ])(
    'words a chip and a filter not applied with the language’s punctuation: %s',
    async (_name, pack, chip, heading) => {
      const label = {
        [fr.locale]: 'Action',
        [he.locale]: 'פעולה',
        [ja.locale]: 'アクション',
        [de.locale]: 'Aktion',
      }[pack.locale]!;
      const screen = await render(
        <AuditUiProvider defaultTimeZone="UTC" translation={pack}>
          <FilterChips
            chips={[
              { key: 'action', label, value: 'Login', onRemove: () => {} },
              { key: 'unapplied', label, value: 'Logout', unapplied: true, onRemove: () => {} },
            ]}
            onClearAll={() => {}}
          />
          <UnappliedFilters
            items={[{ kind: 'filter', column: 'action', values: ['Login'], reason: 'conflict' }]}
            labelOf={() => label}
          />
        </AuditUiProvider>,
      );
      const chips = screen.getByRole('list', { name: pack.messages.activeFilters });
      // Text content, not the matcher's whitespace-folding comparison: the kind of space is the point.
      const [applied, unapplied] = chips.getByRole('listitem').elements();
      expect(applied!.querySelector('span')?.textContent).toBe(chip);
      // A chip not applied says so in the language's parentheses too.
      const notApplied = pack.messages.notApplied;
      expect(unapplied!.querySelector('span')?.textContent).toBe(
        pack === ja
          ? `${chip.replace('Login', 'Logout')}（${notApplied}）`
          : `${chip.replace('Login', 'Logout')} (${notApplied})`,
      );
      const note = screen.getByRole('note', { name: pack.messages.unappliedTitle }).element();
      expect(note.querySelector('strong')?.textContent).toBe(heading);
      // Japanese parentheses are full-width, with no space before them, as everywhere else in its pack.
      const reason = pack.messages.unappliedReasons.conflict;
      expect(note.querySelector('li')?.textContent).toBe(
        pack === ja ? `${chip}（${reason}）` : `${chip} (${reason})`,
      );
    },
  );

  it('renders nothing when the whole query applies', async () => {
    const screen = await render(
      <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
        <UnappliedFilters items={[]} labelOf={(item) => item.column} />
      </AuditUiProvider>,
    );
    expect(screen.container.textContent).toBe('');
  });
});
