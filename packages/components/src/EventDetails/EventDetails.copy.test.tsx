import { defaultAuditColumns } from '@auditkit/headless';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { EventDetails } from './EventDetails.tsx';

setupMockApi();
afterEach(() => vi.unstubAllGlobals());

const event = { frontegg_id: 'evt-1', createdAt: '2026-11-25T10:00:00.000Z', action: 'Quota raised' };

describe('copying an event’s payload', () => {
  it('writes a bigint of the host’s own payload as its digits', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const json = { q: 1n, big: [-12345678901234567890n], note: 'n' };
    const { screen } = await renderAudit(
      <EventDetails event={{ ...event, json }} columns={defaultAuditColumns} />,
    );
    await screen.getByRole('button', { name: 'Copy Json Data' }).click();
    await expect.element(screen.getByText('Copied')).toBeVisible();
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toContain('"q": 1');
    expect(copied).toContain('-12345678901234567890');
    expect(copied.replace(/\s/g, '')).toBe('{"q":1,"big":[-12345678901234567890],"note":"n"}');
  });
});
