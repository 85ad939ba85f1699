import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderSearch, urlParam } from '../test/renderSearch.tsx';

setupMockApi();
beforeEach(() => history.replaceState(null, '', location.pathname));

describe('SearchProblems', () => {
  // Pasted from a document or a chat: read as letters, the quotes filtered on `“ada@acme.test”`, without a word.
  it('says curly quotes are no search quotes and writes the term with straight ones on request', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('actor:“ada@acme.test”');
    const problems = screen.getByRole('list', { name: 'Not applied' });
    await expect.element(problems).toHaveTextContent('Curly, angle and corner quotes');
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    expect(urlParam('audit.email')).toBeNull();
    await screen.getByRole('button', { name: 'Use actor:"ada@acme.test"' }).click();
    await expect.element(box).toHaveValue('actor:"ada@acme.test"');
    await expect.element(box).toHaveFocus();
    await expect.poll(() => urlParam('audit.email')).toBe('ada@acme.test');
    await expect.element(problems).not.toBeInTheDocument();
  });

  it('says a full-width colon is no field colon and writes ":" on request', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('login severity：high');
    const problems = screen.getByRole('list', { name: 'Not applied' });
    await expect.element(problems).toHaveTextContent('plain colon');
    // The suggestions for the value typed cover the problems below the box: closed as a user would.
    await userEvent.keyboard('{Escape}');
    await screen.getByRole('button', { name: 'Use severity:high' }).click();
    await expect.element(box).toHaveValue('login severity:high');
    await expect.poll(() => urlParam('audit.sev')).toBe('High');
  });

  // As other query languages write a comparison: searched for as text, it emptied the table without a word.
  it('says a comparison goes after the field colon and applies the range on request', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('login created>=2026-11-01');
    const problems = screen.getByRole('list', { name: 'Not applied' });
    await expect.element(problems).toHaveTextContent('A comparison comes after the field');
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => urlParam('audit.q')).toBe('login');
    await userEvent.keyboard('{Escape}');
    await screen.getByRole('button', { name: 'Use created:>=2026-11-01' }).click();
    await expect.element(box).toHaveValue('login created:>=2026-11-01');
    await expect.element(box).toHaveFocus();
    await expect.poll(() => urlParam('audit.from')).toBe('2026-11-01T00:00:00.000Z');
    expect(urlParam('audit.q')).toBe('login');
    await expect.element(problems).not.toBeInTheDocument();
  });

  // Only times compare: offered for any other field, "Use action:>x" wrote a term refused again, a dead end.
  it('says only times compare for a comparison on another field, and offers no fix refused again', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('login action>x');
    const problems = screen.getByRole('list', { name: 'Not applied' });
    await expect
      .element(problems)
      .toHaveTextContent('action>x ">" compares times only; "action:" matches values.');
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => urlParam('audit.q')).toBe('login');
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('button', { name: 'Use action:>x' })).not.toBeInTheDocument();
    expect(problems.getByRole('button').elements()).toEqual([]);
    expect(urlParam('audit.action')).toBeNull();
  });
});
