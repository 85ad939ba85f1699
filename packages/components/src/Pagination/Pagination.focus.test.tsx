// Paging from the keyboard: a step button that becomes disabled under focus ("Last page" on the last page) hands
// focus to the current page's button, never to the page's body.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { renderTableAndPager } from '../test/renderTableAndPager.tsx';
import { Pagination } from './Pagination.tsx';

setupMockApi();

const focused = () => document.activeElement;

describe('Pagination focus', () => {
  it('moves focus to the current page when "Last page" or "First page" becomes disabled', async () => {
    const { nav } = await renderTableAndPager();
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    (nav.getByRole('button', { name: 'Last page' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(nav).toHaveTextContent('221–240 of 240');
    await expect.element(nav.getByRole('button', { name: 'Last page' })).toBeDisabled();
    const last = nav.getByRole('button', { name: 'Page 12', exact: true });
    await expect.poll(focused).toBe(last.element());
    expect(last.element().getAttribute('aria-current')).toBe('page');

    (nav.getByRole('button', { name: 'Previous page' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(nav).toHaveTextContent('201–220 of 240');
    // Still enabled: focus stays where it was.
    expect(focused()).toBe(nav.getByRole('button', { name: 'Previous page' }).element());

    (nav.getByRole('button', { name: 'First page' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await expect.poll(focused).toBe(nav.getByRole('button', { name: 'Page 1', exact: true }).element());
  });

  it('moves focus to the current page when "Next page" reaches the end', async () => {
    const { screen } = await renderAudit(<Pagination />);
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await nav.getByRole('button', { name: 'Last page' }).click();
    await expect.element(nav).toHaveTextContent('221–240 of 240');
    await nav.getByRole('button', { name: 'Previous page' }).click();
    await expect.element(nav).toHaveTextContent('201–220 of 240');
    (nav.getByRole('button', { name: 'Next page' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(nav).toHaveTextContent('221–240 of 240');
    await expect.poll(focused).toBe(nav.getByRole('button', { name: 'Page 12', exact: true }).element());
  });
});
