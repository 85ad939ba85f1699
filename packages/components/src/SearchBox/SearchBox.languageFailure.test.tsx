// The search language is a chunk fetched on demand: after a deploy while the tab is open its old file is gone,
// and a CDN or a content policy may block it. The box looked as usual and Enter did nothing, without a word.
// A file of its own: the language, once loaded, stays loaded for the file's modules.
import { http, HttpResponse, passthrough } from 'msw';
import { beforeEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderSearch, urlParam } from '../test/renderSearch.tsx';

setupMockApi();
beforeEach(() => history.replaceState(null, '', location.pathname));

const languageModule = /\/headless\/src\/search\.ts$/;

it('says the search could not be loaded, keeps what was typed, and applies it when Enter tries again', async () => {
  // The language's module fails to fetch, as a chunk gone after a deploy does.
  overrideMock(http.get(languageModule, () => HttpResponse.error()));
  const { screen } = await renderSearch();
  const box = screen.getByRole('combobox', { name: 'Search events' });
  await box.click();
  await userEvent.keyboard('login{Enter}');
  const message = 'Search could not be loaded. Reload the page, or press Enter to try again.';
  // Heard with the box, and said once typing pauses.
  await expect.element(box).toHaveAccessibleDescription(expect.stringContaining(message));
  await expect.element(screen.getByRole('status').filter({ hasText: message })).toBeInTheDocument();
  // Shown too, where the box shows its problems (the status above is visually hidden, a pixel wide).
  const shown = screen.getByText(message).elements();
  expect(shown.filter((element) => element.getBoundingClientRect().width > 1)).toHaveLength(1);
  await expect.element(box).toHaveValue('login');
  expect(urlParam('audit.q')).toBeNull();

  overrideMock(http.get(languageModule, () => passthrough()));
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => urlParam('audit.q')).toBe('login');
  await expect.element(box).not.toHaveAccessibleDescription(expect.stringContaining(message));
  await expect.element(box).toHaveValue('login');
});
