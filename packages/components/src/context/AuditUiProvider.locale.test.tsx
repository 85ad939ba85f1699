// The locale that formats dates and numbers: an embedder's `locale` prop comes from their backend or settings
// (`en_US`, empty), and a translation names only a language, while the reader's browser knows their region.
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimestampCell } from '../cells/TimestampCell.tsx';
import * as en from '../messages/en.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';
import { AuditUiProvider } from './AuditUiProvider.tsx';

setupMockApi();

let root: Root | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await act(async () => root?.unmount());
  root = undefined;
});

/** The reader's browser languages, as a UK reader's Chrome sends them. */
const readerLanguages = (languages: readonly string[]) =>
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);

/** The text of the first event time in the grid, once its rows are there. */
async function firstTime(screen: Awaited<ReturnType<typeof renderAuditLog>>): Promise<string> {
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
  return grid.element().querySelector('time')?.textContent ?? '';
}

describe('AuditUiProvider locale', () => {
  it.each(['en_US', ''])('shows the rows, counts and no error for locale %j', async (locale) => {
    const screen = await renderAuditLog({ locale });
    const region = screen.getByRole('region', { name: 'Audit log' });
    await expect
      .element(
        region
          .getByRole('grid', { name: 'Audit events' })
          .getByRole('button', { name: /^Details of / })
          .first(),
      )
      .toBeVisible();
    await expect
      .element(region.getByRole('navigation', { name: 'Pagination' }))
      .toHaveTextContent('1–20 of 240');
    expect(region.getByRole('alert').elements()).toHaveLength(0);
  });

  it('formats an underscore locale as the tag it means (en_US is en-US)', async () => {
    const screen = await renderAuditLog({ locale: 'en_US' });
    expect(await firstTime(screen)).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2} [AP]M UTC$/);
  });

  it("formats dates in the reader's region of the translation's language (en-GB for the English pack)", async () => {
    readerLanguages(['en-GB', 'en', 'de']);
    const screen = await renderAuditLog({ locale: undefined, translation: en });
    // en-GB: day first and a 24-hour clock ("26 Nov 2026, 14:05:03 UTC"), not en's "Nov 26, 2026, 2:05:03 PM".
    expect(await firstTime(screen)).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2} UTC$/);
  });

  it("keeps the translation's locale when none of the reader's languages is its language", async () => {
    readerLanguages(['de-CH', 'fr-CA']);
    const screen = await renderAuditLog({ locale: undefined, translation: en });
    expect(await firstTime(screen)).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2} [AP]M UTC$/);
  });

  it("hydrates server HTML in the translation's locale without a mismatch, then shows the reader's", async () => {
    readerLanguages(['en-GB']);
    const ui = (
      <AuditUiProvider translation={en} defaultTimeZone="UTC">
        <TimestampCell value="2026-11-26T14:05:03Z" now={new Date('2026-11-26T15:00:00Z')} />
      </AuditUiProvider>
    );
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(ui);
    expect(container.textContent).toContain('Nov 26, 2026, 2:05:03 PM UTC');
    const errors: unknown[] = [];
    const flags = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    flags.IS_REACT_ACT_ENVIRONMENT = true;
    try {
      await act(async () => {
        root = hydrateRoot(container, ui, { onRecoverableError: (error) => errors.push(error) });
      });
    } finally {
      flags.IS_REACT_ACT_ENVIRONMENT = false;
    }
    expect(errors).toEqual([]);
    expect(container.querySelector('time')?.textContent).toBe('26 Nov 2026, 14:05:03 UTC');
    container.remove();
  });
});
