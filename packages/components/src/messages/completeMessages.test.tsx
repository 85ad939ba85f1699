import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import type { AuditMessages } from './defaultMessages.ts';
import * as de from './de.ts';

// A host's own language pack, written for an earlier version: a message added since is not in it (or a pack read
// from JSON drops one). The log shows English for that one message, not an error panel in place of the part.
setupMockApi({ eventsPerTenant: 45 });
afterEach(() => vi.restoreAllMocks());

it('a translation without a message shows English for it, the rest in its language, and says which', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  // One left out, one `undefined` (a spread of an optional value): neither can be called.
  const { nextPage: _nextPage, ...older } = de.messages;
  const screen = await render(
    <AuditLog
      baseUrl=""
      getToken={() => demoToken(demoIdentities.tenantAAdmin)}
      translation={{ locale: 'de', messages: { ...older, range: undefined } as unknown as AuditMessages }}
      defaultTimeZone="UTC"
      queryClient={testQueryClient()}
    />,
  );
  const nav = screen.getByRole('navigation', { name: 'Seitennavigation' });
  await expect.element(nav).toHaveTextContent('1–20 of 45');
  await expect.element(nav.getByRole('button', { name: 'Next page' })).toBeVisible();
  await expect.element(nav.getByRole('button', { name: 'Vorherige Seite' })).toBeVisible();
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('The translation (de) has no range, nextPage'));
});
