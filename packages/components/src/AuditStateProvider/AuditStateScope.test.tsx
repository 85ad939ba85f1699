// Every part works on its own inside a bare AuditProvider (README, "Your own layout"): each part that reads the view
// state places itself in one (AuditStateScope). Two parts that each made their own do not see each other's query:
// a development build says so, and names the fix.
import { AuditProvider, createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { AuditErrorBoundary } from '../ErrorBoundary/AuditErrorBoundary.tsx';
import { AuditTable, FilterBar, SearchBox, ViewsMenu } from '../guardedParts.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditStateProvider } from './AuditStateProvider.tsx';

setupMockApi();
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  history.replaceState(null, '', location.pathname);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
const alone = (parts: ReactNode, onError = vi.fn()) =>
  render(
    <AuditErrorBoundary onError={onError}>
      <AuditProvider client={client} queryClient={testQueryClient()} retryPolicy={false}>
        {parts}
      </AuditProvider>
    </AuditErrorBoundary>,
  );
const separateStateWarnings = () =>
  warn.mock.calls.filter(([message]) => String(message).includes('each keep a view state of their own'));

describe('a part on its own inside a bare AuditProvider', () => {
  it('SearchBox searches, with no error state and nothing reported', async () => {
    const onError = vi.fn();
    const screen = await alone(<SearchBox debounceMs={50} />, onError);
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('severity:high{Enter}');
    await expect.element(box).toHaveValue('severity:high');
    // Read by the search language as a term that applies: no problem listed.
    await expect.element(box).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('This part of the audit log could not be shown.').elements()).toHaveLength(0);
    expect(onError).not.toHaveBeenCalled();
  });

  it('ViewsMenu opens its menu, with no error state and nothing reported', async () => {
    const onError = vi.fn();
    const screen = await alone(<ViewsMenu />, onError);
    await screen.getByRole('button', { name: 'Views' }).click();
    const menu = screen.getByRole('menu', { name: 'Views' });
    await expect.element(menu.getByRole('menuitem', { name: 'Save current view…' })).toBeVisible();
    expect(screen.getByText('This part of the audit log could not be shown.').elements()).toHaveLength(0);
    expect(onError).not.toHaveBeenCalled();
  });

  it('says nothing about separate states when it is the only one', async () => {
    const screen = await alone(<SearchBox />);
    await expect.element(screen.getByRole('combobox', { name: 'Search events' })).toBeVisible();
    expect(separateStateWarnings()).toEqual([]);
  });
});

describe('parts that each made their own view state under one AuditProvider', () => {
  it('warns once in development, naming the fix', async () => {
    const screen = await alone(
      <>
        <FilterBar />
        <ViewsMenu />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    const warnings = separateStateWarnings();
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]![0])).toMatch(/^\[auditkit\] \d parts under one <AuditProvider>/);
    expect(String(warnings[0]![0])).toContain('Wrap them in one <AuditStateProvider>');
  });

  it('says nothing when they share one AuditStateProvider, nor inside <AuditLog>', async () => {
    const shared = await alone(
      <AuditStateProvider storage={null}>
        <FilterBar />
        <ViewsMenu />
        <AuditTable />
      </AuditStateProvider>,
    );
    await expect.element(shared.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    await shared.unmount();
    const log = await render(<AuditLog client={client} queryClient={testQueryClient()} />);
    await expect.element(log.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    expect(separateStateWarnings()).toEqual([]);
  });
});
