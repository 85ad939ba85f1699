// A TimeZoneSelect placed without AuditUiProvider: it keeps a zone of its own (outside a provider there is nothing
// to write to), and a development build says that zone reaches no other part.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { render } from 'vitest-browser-react';
import { TimeZoneSelect } from '../guardedParts.ts';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('TimeZoneSelect outside AuditUiProvider', () => {
  it('takes the zone picked, starting at local, and warns that no other part follows it', async () => {
    const screen = await render(<TimeZoneSelect zones={['Asia/Tokyo']} />);
    const select = screen.getByRole('combobox', { name: 'Time zone' });
    await expect.element(select).toHaveValue('local');
    await select.selectOptions('UTC');
    await expect.element(select).toHaveValue('UTC');
    await select.selectOptions('Asia/Tokyo');
    await expect.element(select).toHaveValue('Asia/Tokyo');
    const warnings = warn.mock.calls.filter(([message]) => String(message).includes('<TimeZoneSelect>'));
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]![0])).toMatch(/^\[auditkit\] .*Wrap it .* in one <AuditUiProvider>/);
  });
});
