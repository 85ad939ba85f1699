// On a phone (a container under 540 px) the "Filters" button shares the search field's row: it stays level with the
// field when the search's problems run to many lines under it, rather than dropping to their last line.
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';

setupMockApi();

describe('the narrow filter bar', () => {
  beforeEach(() => page.viewport(1400, 900));

  it('keeps the Filters button level with the search field, with or without problems under it', async () => {
    const screen = await render(
      <div style={{ inlineSize: 390 }}>
        <AuditLog {...testAuditLogProps()} newEventsInterval={false} />
      </div>,
    );
    const field = screen.getByRole('combobox', { name: 'Search events' });
    const toggle = screen.getByRole('button', { name: 'Filters', exact: true });
    await expect.element(toggle).toBeVisible();
    const level = () => {
      const a = field.element().getBoundingClientRect();
      const b = toggle.element().getBoundingClientRect();
      return { top: Math.round(b.top - a.top), bottom: Math.round(b.bottom - a.bottom) };
    };
    expect(level()).toEqual({ top: 0, bottom: 0 });
    await userEvent.type(field, 'actr:ada created:zz');
    const problems = screen.getByRole('list', { name: /./ }).filter({ hasText: 'actr' });
    await expect.element(problems).toBeVisible();
    expect(problems.element().getBoundingClientRect().height).toBeGreaterThan(60);
    expect(level()).toEqual({ top: 0, bottom: 0 });
  });
});
