import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from './AuditLog.tsx';

setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);
// Apart from other files' column choices.
const columnsStorageKey = 'auditkit.per-user-test.columns';
const storedKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(columnsStorageKey));

afterEach(() => {
  for (const key of storedKeys()) localStorage.removeItem(key);
});

/** The log, with a column hidden through its picker. */
async function hideDescription(userId: string | undefined) {
  const screen = await render(
    <AuditLog
      baseUrl=""
      getToken={getToken}
      locale="en-US"
      queryClient={testQueryClient()}
      newEventsInterval={false}
      columnsStorageKey={columnsStorageKey}
      userId={userId}
    />,
  );
  await screen.getByRole('button', { name: 'Columns' }).click();
  await screen
    .getByRole('dialog', { name: 'Show and order columns' })
    .getByRole('checkbox', { name: 'Description' })
    .click();
  await expect.element(screen.getByRole('columnheader', { name: 'Description' })).not.toBeInTheDocument();
  return screen;
}

describe('AuditLog column choices', () => {
  // Without a user, one key held every user's and tenant's columns on the browser.
  it('keeps them out of localStorage without a userId, and tells the developer what to pass', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await hideDescription(undefined);
    expect(storedKeys()).toEqual([]);
    expect(warn.mock.calls.some(([text]) => /^\[auditkit\].*`userId`/.test(String(text)))).toBe(true);
    warn.mockRestore();
  });

  it('keeps them per tenant and user with a userId', async () => {
    await hideDescription('u1');
    expect(storedKeys()).toEqual([`${columnsStorageKey}:-:u1`]);
  });
});
