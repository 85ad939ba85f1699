import { defaultAuditColumns } from '@auditkit/headless';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { messages as de } from '../messages/de.ts';
import { EventDetails } from './EventDetails.tsx';

setupMockApi();

const event = {
  frontegg_id: 'evt-1',
  createdAt: '2026-11-25T10:00:00.000Z',
  user: 'Ada Lovelace',
  email: 'ada@acme.test',
  action: 'Role changed',
  description: 'See https://docs.example.com/roles and javascript:alert(1)',
  ip: '81.2.69.142',
  severity: 'High',
  userAgent: 'Mozilla/5.0',
  json: {
    before: { role: 'viewer', team: 'ops' },
    after: { role: 'admin', team: 'ops' },
    meta: { nested: { deep: 1 } },
  },
  customField: 'custom value',
};

describe('EventDetails', () => {
  it('lists every field, puts before and after side by side marking what changed, and copies the payload', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { screen } = await renderAudit(<EventDetails event={event} columns={defaultAuditColumns} />, {
      theme: 'dark',
    });
    for (const label of [
      'Time',
      'User',
      'Action',
      'Description',
      'IP Address',
      'Severity',
      'User Agent',
      'customField',
    ]) {
      await expect
        .element(screen.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }))
        .toBeVisible();
    }
    await expect.element(screen.getByText('custom value')).toBeVisible();
    // Event text is never a link unless the host opted in (issue 10, defect 9).
    await expect.element(screen.getByText(/See https:\/\/docs\.example\.com\/roles/)).toBeVisible();
    expect(screen.getByRole('link').elements()).toHaveLength(0);

    const before = screen.getByRole('region', { name: 'Before' });
    const after = screen.getByRole('region', { name: 'After' });
    await expect.element(before.getByText('"viewer"')).toBeVisible();
    await expect.element(after.getByText('"admin"')).toBeVisible();
    expect(before.getByText('role').element().getAttribute('data-slot')).toBe('audit-json-key');
    expect(after.getByText('"admin"').element().getAttribute('data-slot')).toBe('audit-json-value');
    expect(after.getByText('"admin"').element()).toHaveAttribute('data-changed');
    await expect
      .element(after.getByRole('listitem').filter({ hasText: 'role:' }))
      .toHaveTextContent('role: "admin" changed');
    expect(after.getByText('"ops"').element()).not.toHaveAttribute('data-changed');
    expect(after.getByText('"ops"').element().getAttribute('data-slot')).toBe('audit-json-value');

    await screen.getByRole('button', { name: 'Copy Json Data' }).click();
    expect(JSON.parse(writeText.mock.calls[0]![0])).toEqual(event.json);
    await expect.element(screen.getByText('Copied')).toBeVisible();
    expect(await axeViolations(screen.container)).toEqual([]);
    vi.unstubAllGlobals();
  });

  it('copies the payload as recorded: hidden characters as they are, a string payload as its text', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      // Shown marked (⟨U+202E⟩), so a reader sees them; the copy is the evidence and keeps the characters.
      const hidden = { note: 'paid\u202Eevil\u200B', list: ['a\u2066b'] };
      const shown = await renderAudit(
        <EventDetails event={{ ...event, json: hidden }} columns={defaultAuditColumns} />,
      );
      await expect.element(shown.screen.getByText(/U\+202E/)).toBeVisible();
      await shown.screen.getByRole('button', { name: 'Copy Json Data' }).click();
      await expect.poll(() => writeText.mock.calls.length).toBe(1);
      expect(JSON.parse(writeText.mock.calls[0]![0])).toEqual(hidden);
      await shown.screen.unmount();

      const text = await renderAudit(
        <EventDetails event={{ ...event, json: '{"a":1}' }} columns={defaultAuditColumns} />,
      );
      await text.screen.getByRole('button', { name: 'Copy Json Data' }).click();
      await expect.poll(() => writeText.mock.calls.length).toBe(2);
      expect(writeText.mock.calls[1]![0]).toBe('{"a":1}');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('copies the whole of a long payload, though the tree shows it a slice at a time', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      const long = { items: Array.from({ length: 5000 }, (_, id) => ({ id })) };
      const { screen } = await renderAudit(
        <EventDetails event={{ ...event, json: long }} columns={defaultAuditColumns} />,
      );
      await expect.element(screen.getByRole('button', { name: 'Show 100 more (4,900 left)' })).toBeVisible();
      await screen.getByRole('button', { name: 'Copy Json Data' }).click();
      await expect.poll(() => writeText.mock.calls.length).toBe(1);
      expect(JSON.parse(writeText.mock.calls[0]![0])).toEqual(long);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('lists a slice of an event’s 10,000 extra fields, and one slice more per press of "Show more"', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, index) => [`field${index}`, `v${index}`]),
    );
    const { screen } = await renderAudit(
      <EventDetails event={{ createdAt: event.createdAt, ...many }} columns={defaultAuditColumns} />,
    );
    const more = screen.getByRole('button', { name: 'Show 100 more (9,900 left)' });
    await expect.element(more).toBeVisible();
    // The columns' terms and the first slice of the event's own fields.
    expect(screen.getByRole('term').elements().length).toBeLessThanOrEqual(110);
    await expect.element(screen.getByRole('term').filter({ hasText: /^field99$/ })).toBeVisible();
    expect(
      screen
        .getByRole('term')
        .filter({ hasText: /^field100$/ })
        .elements(),
    ).toHaveLength(0);

    (more.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const next = screen.getByRole('button', { name: 'Show 100 more (9,800 left)' });
    await expect.element(next).toHaveFocus();
    await expect.element(screen.getByRole('term').filter({ hasText: /^field199$/ })).toBeVisible();
    expect(screen.getByRole('term').elements().length).toBeLessThanOrEqual(210);
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it('moves focus to the first field the last slice added, as the button leaves', async () => {
    const some = Object.fromEntries(
      Array.from({ length: 150 }, (_, index) => [`field${index}`, `v${index}`]),
    );
    const { screen } = await renderAudit(
      <EventDetails event={{ createdAt: event.createdAt, ...some }} columns={defaultAuditColumns} />,
    );
    const last = screen.getByRole('button', { name: 'Show 50 more (50 left)' });
    (last.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('term').filter({ hasText: /^field149$/ })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Show \d+ more/ }).elements()).toHaveLength(0);
    await expect.element(screen.getByRole('term').filter({ hasText: /^field100$/ })).toHaveFocus();
  });

  it('marks only what changed between before and after: keys in any order are no change, a plain value is', async () => {
    const reordered = {
      before: { address: { city: 'Oslo', zip: '0150' }, role: 'viewer' },
      after: { address: { zip: '0150', city: 'Oslo' }, role: 'admin' },
    };
    const { screen } = await renderAudit(
      <EventDetails event={{ ...event, json: reordered }} columns={defaultAuditColumns} />,
    );
    const after = screen.getByRole('region', { name: 'After' });
    await expect
      .element(after.getByRole('listitem').filter({ hasText: /^role:/ }))
      .toHaveTextContent('role: "admin" changed');
    expect(
      after
        .getByRole('listitem')
        .filter({ hasText: /^address/ })
        .element().textContent,
    ).not.toMatch(/changed/);
    await screen.unmount();

    const plain = await renderAudit(
      <EventDetails
        event={{ ...event, json: { before: 'viewer', after: 'admin' } }}
        columns={defaultAuditColumns}
      />,
    );
    const afterPlain = plain.screen.getByRole('region', { name: 'After' });
    await expect.element(afterPlain).toHaveTextContent('admin changed');
    expect(afterPlain.getByText('admin').element()).toHaveAttribute('data-changed');
  });

  it('opens and closes JSON branches from the keyboard', async () => {
    const { screen } = await renderAudit(<EventDetails event={event} columns={defaultAuditColumns} />);
    const payload = screen.getByRole('region', { name: 'Json Data' });
    // With before/after shown side by side, the full tree starts collapsed to its first level.
    const meta = payload.getByRole('button', { name: 'Toggle meta' });
    await expect.element(meta).toHaveAttribute('aria-expanded', 'false');
    (meta.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(meta).toHaveAttribute('aria-expanded', 'true');
    const nested = payload.getByRole('button', { name: 'Toggle nested' });
    await expect.element(nested).toHaveAttribute('aria-expanded', 'false');
    await userEvent.tab();
    await expect.element(nested).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(nested).toHaveAttribute('aria-expanded', 'true');
    await expect.element(payload.getByText('deep')).toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(payload.getByText('deep')).not.toBeInTheDocument();
  });

  it('names the payload in the host’s language when the column metadata has no JSON column (issue 11)', async () => {
    const withoutJson = defaultAuditColumns.filter((column) => column.type !== 'Json');
    const { screen } = await renderAudit(<EventDetails event={event} columns={withoutJson} />, {
      messages: de,
      locale: 'de',
    });
    const payload = screen.getByRole('region', { name: 'JSON-Daten' });
    await expect.element(payload.getByRole('heading', { name: 'JSON-Daten' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'JSON-Daten kopieren' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Json Data' }).elements()).toHaveLength(0);
  });

  it('lists an event’s `json` field when the metadata’s JSON column has another name, so no field goes unshown', async () => {
    const columns = [
      ...defaultAuditColumns.filter((column) => column.type !== 'Json'),
      { name: 'payload', displayName: 'Payload', type: 'Json' },
    ];
    const { screen } = await renderAudit(
      <EventDetails
        event={{ ...event, payload: { ticket: 7 }, json: { legacy: 'kept' } }}
        columns={columns}
      />,
    );
    await expect.element(screen.getByRole('region', { name: 'Payload' })).toBeVisible();
    const fields = screen.getByRole('definition').filter({ hasText: '"legacy":"kept"' });
    await expect.element(fields.first()).toBeVisible();
  });
});
