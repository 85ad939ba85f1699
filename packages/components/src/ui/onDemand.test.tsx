// A part fetched on demand whose fetch failed (offline) shows its error state; Retry fetches it again, and once
// the network is back the part shows, rather than the same error until the page is reloaded.
import { Suspense, type ReactNode } from 'react';
import { expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditErrorBoundary } from '../ErrorBoundary/AuditErrorBoundary.tsx';
import { onDemand } from './onDemand.ts';

const panelModule = { Panel: ({ title }: { title: string }) => <h2>{title}</h2> };

function flakyModule() {
  const load = vi
    .fn<() => Promise<typeof panelModule>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValue(panelModule);
  const module = onDemand(load);
  return { load, module, Panel: module.part((loaded) => loaded.Panel) };
}

const guarded = (content: ReactNode) => (
  <AuditErrorBoundary>
    <Suspense fallback={<p>Loading</p>}>{content}</Suspense>
  </AuditErrorBoundary>
);

it('shows the part after its Retry when the fetch failed once, fetching it again', async () => {
  const { load, Panel } = flakyModule();
  const screen = await render(guarded(<Panel title="Export" />));
  await expect.element(screen.getByRole('alert')).toBeVisible();
  await screen.getByRole('button', { name: 'Retry' }).click();
  await expect.element(screen.getByRole('heading', { name: 'Export' })).toBeVisible();
  expect(screen.getByRole('alert').elements()).toHaveLength(0);
  expect(load).toHaveBeenCalledTimes(2);
});

it('shows the part when it mounts again after a failed preload, and a shown part stays without a new fetch', async () => {
  const { load, module, Panel } = flakyModule();
  await expect(module.preload()).rejects.toThrow('Failed to fetch');
  const screen = await render(guarded(<Panel title="Views" />));
  await expect.element(screen.getByRole('heading', { name: 'Views' })).toBeVisible();
  await screen.rerender(guarded(<Panel title="Saved views" />));
  await expect.element(screen.getByRole('heading', { name: 'Saved views' })).toBeVisible();
  expect(screen.getByText('Loading').elements()).toHaveLength(0);
  expect(load).toHaveBeenCalledTimes(2);
});

it('fetches again at each Retry while offline, once each, showing the error again', async () => {
  const load = vi.fn(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  const Panel = onDemand<typeof panelModule>(load).part((loaded) => loaded.Panel);
  const screen = await render(guarded(<Panel title="Export" />));
  await expect.element(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(load).toHaveBeenCalledTimes(1);
  await screen.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => load.mock.calls.length).toBe(2);
  await expect.element(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(load).toHaveBeenCalledTimes(2);
});
