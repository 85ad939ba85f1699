// Runs in the components-tz project: Chromium's zone is America/New_York (vitest.timezone.config.ts). A part an
// embedder renders on its own, without AuditUiProvider, must print on the server what its hydrating render prints,
// whatever zone and clock the server has, or React throws the server HTML away (hydration error #418).
import { act, type ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { AuditTableView } from '../AuditTable/AuditTableView.tsx';
import { TimestampCell } from '../cells/TimestampCell.tsx';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';

const createdAt = '2026-11-26T01:02:03Z';
/** What every server prints, in UTC and the default locale, whatever its own zone. */
const serverText = 'Nov 26, 2026, 1:02:03 AM UTC';
/** What the reader in New York sees once hydrated. */
const readerText = 'Nov 25, 2026, 8:02:03 PM EST';

const columns: AuditColumnLike[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp', sortable: true, showInTable: true },
  { name: 'action', displayName: 'Action', type: 'AlphaNumeric', sortable: true, showInTable: true },
];
const event: AuditEventLike = { _id: 'e1', createdAt, action: 'User logged in' };

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(async () => {
  await inAct(() => root?.unmount());
  root = undefined;
  container?.remove();
});

/** Runs `work` in React's act(), which flushes the hydration's effects before the test reads the page. */
async function inAct(work: () => void): Promise<void> {
  const flags = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  flags.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await act(async () => work());
  } finally {
    flags.IS_REACT_ACT_ENVIRONMENT = false;
  }
}

/** Puts `ui`'s server HTML in the page and hydrates it; returns that HTML's text and React's recoverable errors. */
async function serverThenHydrate(ui: ReactNode): Promise<{ serverHtmlText: string; errors: unknown[] }> {
  container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = renderToString(ui);
  const serverHtmlText = container.textContent ?? '';
  const errors: unknown[] = [];
  await inAct(() => {
    root = hydrateRoot(container!, ui, { onRecoverableError: (error) => errors.push(error) });
  });
  return { serverHtmlText, errors };
}

describe('a part rendered on the server without AuditUiProvider', () => {
  it('really runs in New York', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
  });

  it("prints a TimestampCell in UTC on the server, hydrates without a mismatch, then shows the reader's zone", async () => {
    const { serverHtmlText, errors } = await serverThenHydrate(<TimestampCell value={createdAt} />);
    // Not the runtime's zone: a server in UTC and one in Tokyo send the same HTML, and no "… ago" from its clock.
    expect(serverHtmlText).toBe(serverText);
    expect(errors).toEqual([]);
    await expect.element(page.getByRole('time')).toHaveTextContent(readerText);
    // The clock is read once hydrated: the relative time is there for hover and focus.
    await expect.element(page.getByRole('tooltip')).toHaveTextContent(/\S/);
  });

  it("hydrates an AuditTableView of events the host already has, then shows the reader's zone", async () => {
    const { serverHtmlText, errors } = await serverThenHydrate(
      <AuditTableView
        events={[event]}
        columns={columns}
        sort={{ column: 'createdAt', direction: 'desc' }}
        onSortChange={() => {}}
      />,
    );
    expect(serverHtmlText).toContain(serverText);
    expect(errors).toEqual([]);
    const grid = page.getByRole('grid');
    await expect.element(grid.getByRole('time')).toHaveTextContent(readerText);
    await expect
      .element(grid.getByRole('button', { name: `Details of User logged in at ${readerText}` }))
      .toBeVisible();
  });
});
