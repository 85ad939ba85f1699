import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { SearchBox } from './SearchBox.tsx';

setupMockApi();
beforeEach(() => history.replaceState(null, '', location.pathname));
const param = (key: string) => new URLSearchParams(location.search).get(key);

const renderSearch = () =>
  renderAudit(
    <>
      <SearchBox debounceMs={100} />
      <AuditTable />
    </>,
    { state: { url: true } },
  );

describe('SearchProblems', () => {
  // Pasted from a document or a chat: read as letters, the quotes filtered on `“ada@acme.test”`, without a word.
  it('says curly quotes are no search quotes and writes the term with straight ones on request', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('actor:“ada@acme.test”');
    const problems = screen.getByRole('list', { name: 'Not applied' });
    await expect.element(problems).toHaveTextContent('Curly and angle quotes');
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    expect(param('audit.email')).toBeNull();
    await screen.getByRole('button', { name: 'Use actor:"ada@acme.test"' }).click();
    await expect.element(box).toHaveValue('actor:"ada@acme.test"');
    await expect.element(box).toHaveFocus();
    await expect.poll(() => param('audit.email')).toBe('ada@acme.test');
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
    await expect.poll(() => param('audit.sev')).toBe('High');
  });
});
