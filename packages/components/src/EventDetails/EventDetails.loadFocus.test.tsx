// The details panel is a chunk of its own. Offline, an open panel shows Retry; Retry hands focus to the busy region
// that stands in for the panel while the chunk comes again. That region was then replaced by the panel and focus
// fell to the page's body (in the events table the grid put it back later; in a host's own layout it stayed there).
// The panel that replaces it now takes focus, and only where the region had it.
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { EventDetails } from '../guardedParts.ts';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import type { AuditColumnLike } from '../types.ts';

setupMockApi();

const columns: AuditColumnLike[] = [
  { name: 'action', displayName: 'Action', type: 'AlphaNumeric', sortable: true, showInTable: true },
];

it('focuses the panel that replaces the loading region Retry focused, and only that one', async () => {
  // The chunk's request fails as it does offline, then is held until the test lets it through.
  let offline = true;
  let letThrough!: () => void;
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  overrideMock(
    http.get(/\/detailsModule\.ts/, async () => {
      if (offline) return HttpResponse.error();
      await held;
      return undefined;
    }),
  );
  // Two panels as a host lays them out (a drawer's), each a region focusable from script, as the table's rows are.
  const screen = await render(
    <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
      {['Signed in', 'Signed out'].map((action, i) => (
        <EventDetails
          key={action}
          event={{ frontegg_id: `e${i}`, action }}
          columns={columns}
          role="region"
          aria-label={`Details of ${action}`}
          tabIndex={-1}
        />
      ))}
    </AuditUiProvider>,
  );
  const signedIn = screen.getByRole('region', { name: 'Details of Signed in' });
  const signedOut = screen.getByRole('region', { name: 'Details of Signed out' });
  const retry = screen.getByRole('button', { name: 'Retry' });
  await expect.poll(() => retry.elements().length).toBe(2);
  offline = false;

  // Retry in the first panel, then in the second: the first's loading region loses focus to the second's.
  await retry.first().click();
  await expect.element(signedIn).toHaveFocus();
  await expect.element(signedIn).toHaveAttribute('aria-busy', 'true');
  await retry.last().click();
  await expect.element(signedOut).toHaveFocus();

  letThrough();
  await expect.element(signedIn.getByText('Signed in')).toBeVisible();
  await expect.element(signedOut.getByText('Signed out')).toBeVisible();
  // The second panel has focus: the first, which arrived in the same commit and before it, did not take it.
  await expect.element(signedOut).toHaveFocus();
  expect(signedOut.element().getAttribute('aria-busy')).toBeNull();
});
