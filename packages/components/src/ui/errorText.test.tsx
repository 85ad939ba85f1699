import { AuditApiError } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { ExportButton } from '../ExportButton/ExportButton.tsx';
import * as de from '../messages/de.ts';
import * as en from '../messages/en.ts';
import * as es from '../messages/es.ts';
import * as fr from '../messages/fr.ts';
import * as he from '../messages/he.ts';
import * as ja from '../messages/ja.ts';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { errorText } from './errorText.ts';

// The library words some failures itself (no answer, an answer that broke off, an export cut short): those are
// shown in the log's language, by their code. What the server says in its `errors` is its own and shown as sent.

// 1,234 events, so a count in a reason needs a group separator and shows each locale's own.
const api = setupMockApi({ eventsPerTenant: 1234 });
const listPath = '*/audits/resources/audits/v2';
const german = { locale: de.locale, messages: de.messages };

describe('the library’s own failures, in the log’s language', () => {
  it('German: the table says an API it cannot reach in German, not in English', async () => {
    overrideMock(http.get(listPath, () => HttpResponse.error()));
    const { screen } = await renderAudit(<AuditTable />, german);
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('Das Audit-Protokoll konnte nicht geladen werden.');
    await expect.element(alert).toHaveTextContent('Die Audit-API ist nicht erreichbar.');
    expect(alert.element().textContent).not.toMatch(/could not be reached/);
    await expect.element(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  });

  it('German: an error status with no message of the server’s own is said in German, with its code', async () => {
    overrideMock(http.get(listPath, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    const { screen } = await renderAudit(<AuditTable />, german);
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Die Audit-API hat mit dem Status 502 geantwortet.');
  });

  it('shows the server’s own message as it sent it, in a German log too', async () => {
    api().setScenario({ status: { list: 500 } });
    const { screen } = await renderAudit(<AuditTable />, german);
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('Das Audit-Protokoll konnte nicht geladen werden.');
    await expect.element(alert).toHaveTextContent('Internal server error (forced by the mock scenario)');
  });

  // The client asks again with a fresh token on a 401: one that stands is a session ended, not a server's message
  // to show as sent ("Token expired", in English under every language).
  it.each([
    ['English', {}, 'You are not signed in, or your session has ended. Sign in again.'],
    [
      'German',
      german,
      'Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
    ],
  ])(
    '%s: a refused session (401) asks the user to sign in again, in the log’s language',
    async (_, ui, said) => {
      api().setScenario({ status: { list: 401 } });
      const { screen } = await renderAudit(<AuditTable />, ui);
      await expect.element(screen.getByRole('alert')).toHaveTextContent(said);
    },
  );

  it('a refused session with no message of its own (a gateway’s empty 401) asks to sign in again too', async () => {
    overrideMock(http.get(listPath, () => new HttpResponse(null, { status: 401 })));
    const { screen } = await renderAudit(<AuditTable />);
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('You are not signed in, or your session has ended. Sign in again.');
  });

  it('French: an export that ends short says why in French, with French numbers', async () => {
    // One row where 1,234 were counted: the file would be short, so the export fails.
    overrideMock(
      http.post(
        '*/audits/export/csv/v2',
        () => new HttpResponse('Time\r\n2026-01-01T00:00:00Z\r\n', { status: 201 }),
      ),
    );
    const saveBlob = vi.fn();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />, {
      locale: fr.locale,
      messages: fr.messages,
    });
    await screen.getByRole('button', { name: 'Exporter', exact: true }).click();
    const dialog = screen.getByRole('dialog', { name: 'Exporter' });
    await dialog.getByRole('button', { name: 'Télécharger' }).click();
    const alert = dialog.getByRole('alert');
    await expect.element(alert).toHaveTextContent(/^Échec de l’export/);
    // Exact, French spacing included (the matcher above folds no-break spaces into spaces), and that no file was
    // saved.
    const total = new Intl.NumberFormat('fr').format(1234);
    expect(alert.element().textContent).toBe(
      `Échec de l’export\u00a0: L’export s’est terminé après 1 sur ${total} événements. Aucun fichier n’a été enregistré.`,
    );
    expect(saveBlob).not.toHaveBeenCalled();
  });

  it('an export stopped for more rows than match is said in the log’s language, never in the developer English', () => {
    const tooMany = new AuditApiError('The export gave more rows (1300) than the 1234 events that match…', {
      kind: 'incomplete',
      code: 'export-too-many-rows',
      detail: { rows: 1300, total: 1234 },
    });
    expect(errorText(tooMany, en.messages, en.locale)).toBe(
      'The server sent more events than match the filters, so the export was stopped rather than save events that do not match. Try again, or narrow the time range.',
    );
    expect(errorText(tooMany, ja.messages, ja.locale)).toBe(ja.messages.exportTooManyRows);
    expect(ja.messages.exportTooManyRows).toMatch(/フィルター.*中止.*期間/);
  });

  // A server that sends no total: the missing total was filled with 0 ("after 120 of 0 events"), for an export that
  // broke off and for the one stream cut inside its last row ("after 299 of 0 events").
  describe.each([
    ['broke off', 'network', 'export-broke-off'],
    ['ended early', 'incomplete', 'export-ended-early'],
  ] as const)('an export that %s', (_, kind, code) => {
    it.each([de, en, es, fr, he, ja])(
      'says how many events it wrote when the total is not known ($locale)',
      ({ locale, messages }) => {
        const cut = (total?: number) =>
          new AuditApiError('The export stopped after 1200 rows. Export again.', {
            kind,
            code,
            detail: { rows: 1200, total },
          });
        const text = errorText(cut(), messages, locale);
        expect(text).toContain(new Intl.NumberFormat(locale).format(1200));
        expect(text).not.toMatch(/(^|\D)0(\D|$)/);
        expect(text).not.toMatch(/rows|Export again/);
        // With a total, it is still said.
        expect(errorText(cut(5000), messages, locale)).toContain(new Intl.NumberFormat(locale).format(5000));
      },
    );
  });

  it('English: an export that broke off with no total known says after how many events', () => {
    const brokeOff = new AuditApiError('The export broke off after 120 rows.', {
      kind: 'network',
      code: 'export-broke-off',
      detail: { rows: 120, total: undefined },
    });
    expect(errorText(brokeOff, en.messages, en.locale)).toBe('The export broke off after 120 events.');
  });

  it('English: an export that ended early with no total known says after how many events', () => {
    const endedEarly = new AuditApiError('The export ended after 299 rows.', {
      kind: 'incomplete',
      code: 'export-ended-early',
      detail: { rows: 299, total: undefined },
    });
    expect(errorText(endedEarly, en.messages, en.locale)).toBe('The export broke off after 299 events.');
  });

  // The export engine is a chunk of its own: offline, or replaced by a deploy, the browser's TypeError was shown.
  it.each([
    [
      'Chromium',
      'Failed to fetch dynamically imported module: https://app.example/assets/exportAuditEvents-1a2b.js',
    ],
    [
      'Firefox',
      'error loading dynamically imported module: https://app.example/assets/exportAuditEvents-1a2b.js',
    ],
    ['Safari', 'Importing a module script failed.'],
  ])('a part of the library that could not be fetched is said as an unreachable API (%s)', (_, words) => {
    const failed = new TypeError(words);
    expect(errorText(failed, en.messages, en.locale)).toBe('The audits API could not be reached.');
    expect(errorText(failed, de.messages, de.locale)).toBe('Die Audit-API ist nicht erreichbar.');
    // Any other error is still shown by its message.
    expect(errorText(new TypeError('x is not a function'), en.messages, en.locale)).toBe(
      'x is not a function',
    );
  });

  it('German: an export that gives more rows than the count says in the dialog why it stopped, in German', async () => {
    // 1,300 rows where 1,234 match: the server left a filter out, so the export stops rather than save them.
    const rows = 'Time\r\n' + '2026-01-01T00:00:00Z\r\n'.repeat(1300);
    overrideMock(http.post('*/audits/export/csv/v2', () => new HttpResponse(rows, { status: 201 })));
    const saveBlob = vi.fn();
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={saveBlob} />, german);
    await screen.getByRole('button', { name: 'Exportieren', exact: true }).click();
    const dialog = screen.getByRole('dialog', { name: 'Exportieren' });
    await dialog.getByRole('button', { name: 'Herunterladen' }).click();
    const alert = dialog.getByRole('alert');
    await expect.element(alert).toHaveTextContent(de.messages.exportTooManyRows);
    expect(alert.element().textContent).not.toMatch(/more rows/);
    expect(saveBlob).not.toHaveBeenCalled();
  });
});
