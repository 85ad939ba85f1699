import { defaultAuditColumns } from '@auditkit/headless';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../test/axe.ts';
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

  it('offers no Copy for a payload too deep to write, so nothing says "Copied" over a placeholder', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    // Deeper than `JSON.stringify` can recurse (it throws RangeError), as `JSON.parse` still reads it.
    const json = JSON.parse(`${'['.repeat(20_000)}1${']'.repeat(20_000)}`) as unknown;
    const other = { note: 'fine' };
    const columns = [...defaultAuditColumns, { name: 'other', displayName: 'Other', type: 'Json' }];
    const { screen } = await renderAudit(
      <EventDetails event={{ ...event, json, other }} columns={columns} />,
    );
    await expect.element(screen.getByRole('region', { name: 'Json Data' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy Json Data' }).elements()).toHaveLength(0);
    // A writable section beside it keeps its button.
    await screen.getByRole('button', { name: 'Copy Other' }).click();
    await expect.element(screen.getByText('Copied')).toBeVisible();
    expect(writeText).toHaveBeenCalledWith(JSON.stringify(other, null, 2));
  });

  // Plain-http pages have no `navigator.clipboard`; a cross-origin iframe without clipboard-write is refused.
  for (const [where, clipboard] of [
    ['the page has no clipboard (plain http)', undefined],
    [
      'the browser refuses the clipboard (an iframe)',
      { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    ],
  ] as const) {
    it(`offers the exact payload to copy by hand when ${where}`, async () => {
      vi.stubGlobal('navigator', { ...navigator, clipboard });
      const json = { user: { email: 'a@b.test', note: 'paid\u202Eevil' }, list: [1, 2, 3] };
      const { screen } = await renderAudit(
        <EventDetails event={{ ...event, json }} columns={defaultAuditColumns} />,
      );
      expect(screen.getByRole('textbox', { name: 'Json Data, to copy by hand' }).elements()).toHaveLength(0);
      await screen.getByRole('button', { name: 'Copy Json Data' }).click();
      await expect.element(screen.getByRole('status').filter({ hasText: 'Copy failed' })).toBeVisible();
      const field = screen.getByRole('textbox', { name: 'Json Data, to copy by hand' });
      await expect.element(field).toBeVisible();
      await expect.element(field).toHaveAttribute('readonly');
      // The text as recorded, whole (not the tree's marked, sliced view), focused and selected for Ctrl+C.
      const element = field.element() as HTMLTextAreaElement;
      expect(element.value).toBe(JSON.stringify(json, null, 2));
      await expect.element(field).toHaveFocus();
      expect([element.selectionStart, element.selectionEnd]).toEqual([0, element.value.length]);
      await expect.element(field).toHaveAccessibleDescription('Copy failed');
      expect(await axeViolations(screen.container)).toEqual([]);
    });
  }

  it('copies the whole event as JSON, every field with its type, from the top of the details', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    // Sent as JSON text, so `__proto__` arrives as an own field, as it would from the API.
    const whole = JSON.parse(
      '{"frontegg_id":"evt-1","createdAt":"2026-11-25T10:00:00.000Z","action":"Quota raised","user":42,"email":null,"json":{"before":{"quota":5},"after":{"quota":9}},"__proto__":"kept"}',
    ) as Record<string, unknown>;
    const { screen } = await renderAudit(<EventDetails event={whole} columns={defaultAuditColumns} />);
    await screen.getByRole('button', { name: 'Copy this event as JSON' }).click();
    await expect.element(screen.getByText('Copied')).toBeVisible();
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toBe(JSON.stringify(whole, null, 2));
    expect(JSON.parse(copied)).toEqual(whole);
    expect(Object.hasOwn(JSON.parse(copied) as object, '__proto__')).toBe(true);
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it('offers no whole-event copy for an event too deep to write, and the text to copy by hand when the clipboard fails', async () => {
    const json = JSON.parse(`${'['.repeat(20_000)}1${']'.repeat(20_000)}`) as unknown;
    const deep = await renderAudit(<EventDetails event={{ ...event, json }} columns={defaultAuditColumns} />);
    await expect.element(deep.screen.getByRole('region', { name: 'Json Data' })).toBeVisible();
    expect(deep.screen.getByRole('button', { name: 'Copy this event as JSON' }).elements()).toHaveLength(0);
    deep.screen.unmount();

    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const { screen } = await renderAudit(<EventDetails event={event} columns={defaultAuditColumns} />);
    await screen.getByRole('button', { name: 'Copy this event as JSON' }).click();
    const field = screen.getByRole('textbox', { name: 'This event as JSON, to copy by hand' });
    await expect.element(field).toHaveFocus();
    expect((field.element() as HTMLTextAreaElement).value).toBe(JSON.stringify(event, null, 2));
  });
});
