// @vitest-environment jsdom
// The warning reaches a developer of a custom UI on the hooks as often as one of `<AuditLog>`: it said the fix only
// as `<AuditLog userId={…}>`, a component such a UI does not render.
import { expect, it, vi } from 'vitest';
import { warnWithoutUserId } from './warnWithoutUserId.ts';

it('says the fix as the hook’s options, with <AuditLog>’s props only as an aside', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  warnWithoutUserId('useColumnPreferences');
  expect(warn).toHaveBeenCalledTimes(1);
  const [text] = warn.mock.calls[0]!;
  expect(text).toMatch(/^\[auditkit\] useColumnPreferences: no `userId`/);
  expect(text).toContain(
    "Pass `userId` (and `tenantId`) in the hook's options to keep saved views and column choices per user: " +
      '{ userId: user.id, tenantId: user.tenantId } (on <AuditLog>, its props of those names).',
  );
  expect(text).not.toMatch(/<AuditLog userId=/);
  warn.mockRestore();
});
