import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditRoot } from '../AuditRoot/AuditRoot.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import * as de from '../messages/de.ts';
import { axeViolations } from '../test/axe.ts';
import { JsonTree } from './JsonTree.tsx';
import { jsonTreeSliceSize } from './useShownEntries.ts';

const renderTree = (value: unknown, locale = 'en-US', messages?: typeof de.messages) =>
  render(
    <AuditUiProvider locale={locale} messages={messages}>
      <AuditRoot>
        <JsonTree value={value} />
      </AuditRoot>
    </AuditUiProvider>,
  );

const numbers = (length: number) => Array.from({ length }, (_, index) => index);

/** Focus, as the keyboard leaves it, and the press of Enter on it. */
async function pressEnterOn(element: Element) {
  (element as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
}

// A tenant's payload may hold a branch of any size: every entry mounted at once froze the host page for seconds.
describe('a long branch of the JSON tree', () => {
  it('mounts a slice of a 5,000-item root array, and one slice more per press of "Show more", which keeps focus', async () => {
    expect(jsonTreeSliceSize).toBe(100);
    const screen = await renderTree(numbers(5000));
    const more = screen.getByRole('button', { name: 'Show 100 more (4,900 left)' });
    await expect.element(more).toBeVisible();
    // The slice and the item that holds the button.
    expect(screen.getByRole('listitem').elements().length).toBeLessThanOrEqual(jsonTreeSliceSize + 1);
    await expect.element(screen.getByRole('listitem').filter({ hasText: /^99: 99$/ })).toBeVisible();
    expect(
      screen
        .getByRole('listitem')
        .filter({ hasText: /^100: 100$/ })
        .elements(),
    ).toHaveLength(0);
    expect(await axeViolations(screen.container)).toEqual([]);

    await pressEnterOn(more.element());
    const next = screen.getByRole('button', { name: 'Show 100 more (4,800 left)' });
    await expect.element(next).toHaveFocus();
    expect(screen.getByRole('listitem').elements().length).toBeLessThanOrEqual(2 * jsonTreeSliceSize + 1);
    await expect.element(screen.getByRole('listitem').filter({ hasText: /^199: 199$/ })).toBeVisible();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('shows the last slice, removes the button and moves focus to the first entry it added', async () => {
    const screen = await renderTree(numbers(250));
    await pressEnterOn(screen.getByRole('button', { name: 'Show 100 more (150 left)' }).element());
    const last = screen.getByRole('button', { name: 'Show 50 more (50 left)' });
    await expect.element(last).toHaveFocus();
    await pressEnterOn(last.element());
    await expect.element(screen.getByRole('listitem').filter({ hasText: /^249: 249$/ })).toBeVisible();
    expect(screen.getByRole('listitem').elements()).toHaveLength(250);
    expect(screen.getByRole('button').elements()).toHaveLength(0);
    // A leaf has no control: its item takes focus (from script only, never by Tab).
    const first = screen.getByRole('listitem').filter({ hasText: /^200: 200$/ });
    await expect.element(first).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
    expect(first.element().getAttribute('tabindex')).toBe('-1');
    expect(
      screen
        .getByRole('listitem')
        .filter({ hasText: /^199: 199$/ })
        .element(),
    ).not.toHaveAttribute('tabindex');
  });

  it('does the same for a branch at depth 1 (open at first), whose size beside its key counts every entry', async () => {
    const items = numbers(5000).map((id) => ({ id }));
    const screen = await renderTree({ items, note: 'kept' });
    const branch = screen.getByRole('listitem').filter({ hasText: /^items/ });
    await expect.element(branch).toHaveTextContent(/^items \[5000\]/);
    await expect
      .element(screen.getByRole('button', { name: 'Toggle items' }))
      .toHaveAttribute('aria-expanded', 'true');
    // items, note, the slice of items and the item of its button.
    expect(screen.getByRole('listitem').elements().length).toBeLessThanOrEqual(jsonTreeSliceSize + 3);
    await expect.element(screen.getByRole('listitem').filter({ hasText: /^note:/ })).toBeVisible();

    const more = screen.getByRole('button', { name: 'Show 100 more (4,900 left)' });
    await pressEnterOn(more.element());
    await expect.element(screen.getByRole('button', { name: 'Toggle 199' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Toggle 200' }).elements()).toHaveLength(0);
    await expect.element(screen.getByRole('button', { name: 'Show 100 more (4,800 left)' })).toHaveFocus();
    await expect.element(branch).toHaveTextContent(/^items \[5000\]/);
  });

  it('moves focus to the toggle of the first branch the last slice of a nested branch added', async () => {
    const screen = await renderTree({ items: numbers(130).map((id) => ({ id })) });
    await pressEnterOn(screen.getByRole('button', { name: 'Show 30 more (30 left)' }).element());
    const first = screen.getByRole('button', { name: 'Toggle 100' });
    await expect.element(first).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByRole('button', { name: /^Show/ }).elements()).toHaveLength(0);
    await expect.element(screen.getByRole('button', { name: 'Toggle 129' })).toBeVisible();

    // Closed and opened again, the branch starts over from its first slice, and its toggle keeps focus.
    const toggle = screen.getByRole('button', { name: 'Toggle items' });
    await pressEnterOn(toggle.element());
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Enter}');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect.element(screen.getByRole('button', { name: 'Show 30 more (30 left)' })).toBeVisible();
    await expect.element(toggle).toHaveFocus();
  });

  it('counts in the log’s language and locale', async () => {
    const screen = await renderTree(numbers(5000), de.locale, de.messages);
    await expect
      .element(screen.getByRole('button', { name: '100 weitere Einträge zeigen (noch 4.900)' }))
      .toBeVisible();
  });

  it('is a target of at least 24 by 24 px, framed apart from keys and values', async () => {
    const screen = await renderTree(numbers(101));
    const more = screen.getByRole('button', { name: 'Show 1 more (1 left)' }).element();
    const box = more.getBoundingClientRect();
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(getComputedStyle(more).borderTopStyle).toBe('solid');
    expect(getComputedStyle(more).borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
  });
});
