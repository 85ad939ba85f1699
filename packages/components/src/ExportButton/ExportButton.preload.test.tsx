// The export engine is a chunk of its own, fetched the first time it is needed. The file picker must open within
// the click that asks for it, and the engine opens it, so the button fetches the engine on intent (pointer or
// focus), not in the click. A file of its own: a module, once fetched, stays in the test page's cache, so only the
// first test of a file can see the fetch happen.
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ExportButton } from './ExportButton.tsx';

setupMockApi();

// What the page has fetched. Not read from the resource timing buffer alone: it keeps 250 entries, and the test
// page's own modules (served one file each in development) fill nearly all of it, so a fetch past the 250th was
// never seen. An observer is told of every fetch, full buffer or not.
const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) fetched.push(entry.name);
}).observe({ type: 'resource' });

/** Whether the page has fetched the export engine's module (its file is named after `exportAuditEvents`). */
const engineFetched = () => fetched.some((name) => /\/exportAuditEvents[^/]*\.[cm]?[jt]s/.test(name));

describe('ExportButton and the export engine', () => {
  it('fetches the engine when the pointer reaches the button, before any click, and not before', async () => {
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={vi.fn()} />);
    const trigger = screen.getByRole('button', { name: 'Export' });
    await expect.element(trigger).toBeEnabled();
    // The dialog's own chunk is fetched when the browser is idle; the engine is not among what that loads.
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3_000 }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(engineFetched()).toBe(false);
    await userEvent.hover(trigger);
    await expect.poll(engineFetched).toBe(true);
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
  });
});
