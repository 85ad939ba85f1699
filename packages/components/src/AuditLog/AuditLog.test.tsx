import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { axeViolations } from '../test/axe.ts';
import { requests, setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from './AuditLog.tsx';

setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);

describe('AuditLog', () => {
  it('works with only baseUrl and getToken: stats, filters, table, pagination', async () => {
    const screen = await render(
      <AuditLog baseUrl="" getToken={getToken} defaultTimeZone="UTC" locale="en-US" />,
    );
    const region = screen.getByRole('region', { name: 'Audit log' });
    await expect.element(region.getByRole('table', { name: 'Audit events' })).toBeVisible();
    await expect.element(region.getByRole('search', { name: 'Filters' })).toBeVisible();
    await expect
      .element(region.getByRole('navigation', { name: 'Pagination' }))
      .toHaveTextContent('1–20 of 240');
    await expect.element(region.getByRole('definition').first()).toBeVisible();
    await expect.element(region.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    // One list request on first load: no double fetch.
    const lists = requests.filter(
      (url) => url.pathname.endsWith('/audits/resources/audits/v2') && url.searchParams.get('count') !== '1',
    );
    expect(lists).toHaveLength(1);
  });

  it('throws a misuse error that says the fix', async () => {
    await expect(() => render(<AuditLog />)).rejects.toThrow(
      'needs either `client` or both `baseUrl` and `getToken`',
    );
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${theme}, with a row expanded`, async () => {
      const screen = await render(
        <AuditLog
          baseUrl=""
          getToken={getToken}
          theme={theme}
          queryClient={testQueryClient()}
          defaultTimeZone="UTC"
        />,
      );
      const expand = screen.getByRole('button', { name: /^Details of / }).first();
      await expect.element(expand).toBeVisible();
      await expand.click();
      await expect.element(screen.getByRole('region', { name: /^Details of / })).toBeVisible();
      const root = screen.getByRole('region', { name: 'Audit log' }).element();
      expect(root.getAttribute('data-theme')).toBe(theme);
      expect(await axeViolations(root)).toEqual([]);
    });
  }
});
