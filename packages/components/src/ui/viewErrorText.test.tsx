import {
  defaultAuditQuery,
  SavedViewError,
  writeStoredViews,
  type AuditQuery,
  type AuditQueryOverLimitCode,
  type AuditViewStorage,
  type SavedViewErrorCode,
  type SavedViewErrorDetail,
} from '@auditkit/headless';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import * as de from '../messages/de.ts';
import * as en from '../messages/en.ts';
import * as es from '../messages/es.ts';
import * as fr from '../messages/fr.ts';
import * as he from '../messages/he.ts';
import * as ja from '../messages/ja.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ViewsMenu } from '../ViewsMenu/ViewsMenu.tsx';
import { viewErrorText } from './viewErrorText.ts';

// Saved views the library refuses (no name, one too many, a query a view would not keep whole) and a full
// browser storage are said in the log's language, by their code; what a host's own storage says is its own and
// shown as sent.

setupMockApi();
beforeEach(() => localStorage.clear());

const german = { locale: de.locale, messages: de.messages };
const french = { locale: fr.locale, messages: fr.messages };

/** A host's storage: it holds `stored` and fails every save with what `refuse` makes. */
const hostStorage = (refuse?: () => unknown, stored: unknown = null): AuditViewStorage => ({
  load: async () => stored,
  save: async () => {
    if (refuse) throw refuse();
  },
});

/** Opens "Save current view…" and submits `name`; the dialog, its name field and its alert. */
async function saveAs(
  screen: Awaited<ReturnType<typeof renderAudit>>['screen'],
  labels: { views: string; saveCurrent: string; dialog: string; field: string },
  name: string,
) {
  await screen.getByRole('button', { name: labels.views }).click();
  await screen.getByRole('menuitem', { name: labels.saveCurrent }).click();
  const dialog = screen.getByRole('dialog', { name: labels.dialog });
  const field = dialog.getByRole('textbox', { name: labels.field });
  await expect.element(field).toHaveFocus();
  await userEvent.keyboard(name ? `${name}{Enter}` : '{Enter}');
  return { dialog, field, alert: dialog.getByRole('alert') };
}

const inGerman = {
  views: 'Ansichten',
  saveCurrent: 'Aktuelle Ansicht speichern…',
  dialog: 'Gespeicherte Ansichten',
  field: 'Aktuelle Ansicht speichern als',
};
const inFrench = {
  views: 'Vues',
  saveCurrent: 'Enregistrer la vue actuelle…',
  dialog: 'Vues enregistrées',
  field: 'Enregistrer la vue actuelle sous',
};

describe('saved views’ failures, in the log’s language', () => {
  it('German: a view without a name is refused in German, in an alert that describes the name field', async () => {
    const { screen } = await renderAudit(<ViewsMenu storage={null} />, german);
    const { field, alert } = await saveAs(screen, inGerman, '');
    const text = 'Geben Sie einen Namen für die Ansicht ein.';
    await expect.element(alert).toHaveTextContent(text);
    expect(alert.element().textContent).not.toMatch(/needs a name/);
    await expect.element(field).toHaveAccessibleDescription(text);
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('German: one view over the limit says the limit in German', async () => {
    const hundred = Array.from({ length: 100 }, (_, index) => ({
      id: `v${index}`,
      name: `Ansicht ${index}`,
      query: defaultAuditQuery,
      predefined: false,
    }));
    const storage = hostStorage(undefined, writeStoredViews(hundred, undefined));
    const { screen } = await renderAudit(<ViewsMenu storage={storage} />, german);
    const { field, alert } = await saveAs(screen, inGerman, 'Noch eine');
    const text =
      'Sie können höchstens 100 Ansichten behalten. Löschen Sie eine, um eine weitere zu speichern.';
    await expect.element(alert).toHaveTextContent(text);
    await expect.element(field).toHaveAccessibleDescription(text);
  });

  it('French: a query a view would not keep whole says which limit, with French numbers and the column’s name', async () => {
    const query = (part: Partial<AuditQuery>) => ({
      state: { defaultValue: { ...defaultAuditQuery, ...part } },
    });
    const long = await renderAudit(<ViewsMenu storage={null} />, {
      ...french,
      ...query({ search: 'x'.repeat(1001) }),
    });
    const { alert } = await saveAs(long.screen, inFrench, 'Longue');
    await expect.element(alert).toHaveTextContent(/^Cette vue ne peut pas être enregistrée\./);
    // Exact, French spacing included (the matcher folds no-break spaces into spaces).
    const thousand = new Intl.NumberFormat('fr').format(1000);
    expect(alert.element().textContent).toBe(
      `Cette vue ne peut pas être enregistrée. Le texte de recherche dépasse ${thousand} caractères.`,
    );
    await long.screen.unmount();

    // The column as the table names it (its metadata's display name), not its key.
    const wide = await renderAudit(<ViewsMenu storage={null} />, {
      ...french,
      ...query({ filters: { userAgent: ['a'.repeat(501)] } }),
    });
    const { alert: wideAlert } = await saveAs(wide.screen, inFrench, 'Large');
    await expect
      .element(wideAlert)
      .toHaveTextContent(
        'Cette vue ne peut pas être enregistrée. Une valeur du filtre sur « User Agent » dépasse 500 caractères.',
      );
  });

  it('German: a full browser storage is said in German, also when the storage is another window’s', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const frameWindow = frame.contentWindow as Window & typeof globalThis;
    try {
      for (const Exception of [DOMException, frameWindow.DOMException]) {
        const full = hostStorage(() => new Exception('The quota has been exceeded.', 'QuotaExceededError'));
        const { screen } = await renderAudit(<ViewsMenu storage={full} />, german);
        const { field, alert } = await saveAs(screen, inGerman, 'Meine');
        const text = 'Der Speicher des Browsers ist voll, deshalb wurde die Änderung nicht gespeichert.';
        await expect.element(alert).toHaveTextContent(text);
        await expect.element(field).toHaveAccessibleDescription(text);
        await screen.unmount();
      }
    } finally {
      frame.remove();
    }
  });

  it('shows a host storage’s own error as it sent it, in a German log too', async () => {
    const refusing = hostStorage(() => new Error('Acme: views are read-only in this workspace (ref 42).'));
    const { screen } = await renderAudit(<ViewsMenu storage={refusing} />, german);
    const { alert } = await saveAs(screen, inGerman, 'Meine');
    await expect.element(alert).toHaveTextContent('Acme: views are read-only in this workspace (ref 42).');
  });
});

describe('viewErrorText', () => {
  // The developer's English, which the user never reads.
  const english = 'English for developers';
  const refused = (code: SavedViewErrorCode, detail?: SavedViewErrorDetail) =>
    new SavedViewError(english, { code, detail });
  // One of each, typed: a new code without an example here does not compile. `query-too-big`: by its reasons.
  const refusals = {
    'name-missing': refused('name-missing'),
    'name-too-long': refused('name-too-long', { limit: 120 }),
    'name-taken': refused('name-taken', { name: 'Zyx' }),
    'too-many': refused('too-many', { limit: 100 }),
    loading: refused('loading'),
    'not-loaded': refused('not-loaded'),
    'unknown-view': refused('unknown-view', { id: 'x' }),
    'predefined-view': refused('predefined-view', { id: 'p' }),
    'columns-too-big': refused('columns-too-big', { limit: 1000 }),
  } satisfies Record<Exclude<SavedViewErrorCode, 'query-too-big'>, SavedViewError>;
  const overLimits = {
    'search-too-long': { limit: 1000 },
    'too-many-columns': { limit: 50 },
    'column-name': { column: 'Zyx qw' },
    'too-many-values': { limit: 100, column: 'Zyx', count: 101 },
    'value-too-long': { limit: 500, column: 'Zyx' },
  } satisfies Record<AuditQueryOverLimitCode, object>;
  const tooBig = (code: AuditQueryOverLimitCode) =>
    refused('query-too-big', { reason: { code, message: english, ...overLimits[code] } });

  it.each([de, en, es, fr, he, ja])(
    'says every refusal in its own words ($locale)',
    ({ locale, messages }) => {
      const texts = [
        ...Object.values(refusals),
        ...(Object.keys(overLimits) as AuditQueryOverLimitCode[]).map(tooBig),
        // Every part within its limit, the whole longer than a stored view keeps.
        refused('query-too-big', { limit: 8000 }),
        new DOMException(english, 'QuotaExceededError'),
      ].map((cause) => viewErrorText(cause, messages, locale));
      for (const text of texts) expect(text).not.toMatch(new RegExp(`^$|${english}`));
      expect(new Set(texts).size).toBe(texts.length);
    },
  );

  it('names the view whose name a rename would take, as that view spells it', () => {
    for (const { locale, messages } of [de, en, es, fr, he, ja])
      expect(viewErrorText(refusals['name-taken'], messages, locale)).toContain('Zyx');
  });

  it('formats a limit in the log’s locale', () => {
    const search = tooBig('search-too-long');
    expect(viewErrorText(search, de.messages, 'de')).toContain('1.000 Zeichen');
    expect(viewErrorText(search, de.messages, 'de-CH')).toMatch(/1['’]000 Zeichen/);
  });

  it('shows anything else by its message as sent, or as text', () => {
    expect(viewErrorText(new Error('Acme says no.'), de.messages, 'de')).toBe('Acme says no.');
    expect(viewErrorText({ message: 'Plain object' }, de.messages, 'de')).toBe('Plain object');
    expect(viewErrorText('a string', de.messages, 'de')).toBe('a string');
  });
});
