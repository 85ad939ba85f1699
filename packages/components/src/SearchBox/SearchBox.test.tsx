import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { axeViolations } from '../test/axe.ts';
import { http, HttpResponse } from 'msw';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { storyEvent } from '../test/storyFixtures.ts';
import { defaultAuditQuery } from '@auditkit/headless';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { renderSearch, urlParam } from '../test/renderSearch.tsx';
import * as de from '../messages/de.ts';
import { SearchBox } from './SearchBox.tsx';

setupMockApi();
beforeEach(() => history.replaceState(null, '', location.pathname));

const dataRows = () => [...document.querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');

describe('SearchBox', () => {
  it('applies typed field terms to the table and the URL', async () => {
    const { screen } = await renderSearch();
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('actor:ada@acme.test action:"User logged in" severity:info');
    await expect.poll(() => urlParam('audit.sev')).toBe('Info');
    expect(urlParam('audit.email')).toBe('ada@acme.test');
    expect(urlParam('audit.action')).toBe('User logged in');
    await expect
      .poll(() => dataRows().length > 0 && dataRows().every((row) => row.includes('User logged in')))
      .toBe(true);
    expect(dataRows().every((row) => row.includes('ada@acme.test') || row.includes('Ada'))).toBe(true);
  });

  it('leaves the keys an input method uses to the input method (Enter confirming a Japanese word)', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    const input = box.element() as HTMLInputElement;
    input.focus();
    await userEvent.keyboard('sev');
    await expect.element(screen.getByRole('listbox', { name: 'Suggestions' })).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(box).toHaveAttribute('aria-activedescendant');
    // As Chromium sends them while a composition is open: the search must not pick the highlighted option.
    for (const key of ['Enter', 'ArrowDown', 'Escape'])
      input.dispatchEvent(
        new KeyboardEvent('keydown', { key, isComposing: true, bubbles: true, cancelable: true }),
      );
    await new Promise(requestAnimationFrame);
    expect(input.value).toBe('sev');
    await expect.element(screen.getByRole('listbox', { name: 'Suggestions' })).toBeVisible();
    // Composition over, Enter is the search's again.
    await userEvent.keyboard('{Enter}');
    await expect.element(box).toHaveValue('severity:');
  });

  it("asks a phone's keyboard for a search key, and neither to capitalise nor to correct what is typed", async () => {
    const { screen } = await renderSearch();
    // iOS capitalised the first letter ("Actor:ada") and corrected words, changing exact values and ids.
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await expect.element(box).toHaveAttribute('enterkeyhint', 'search');
    await expect.element(box).toHaveAttribute('autocapitalize', 'off');
    await expect.element(box).toHaveAttribute('autocorrect', 'off');
    await expect.element(box).toHaveAttribute('spellcheck', 'false');
  });

  it('reads the search syntax left to right in a right-to-left log, and a Hebrew word right to left', async () => {
    const { screen } = await renderAudit(
      <div dir="rtl">
        <SearchBox debounceMs={100} />
      </div>,
    );
    const box = screen.getByRole('combobox', { name: 'Search events' });
    const input = box.element() as HTMLInputElement;
    // Empty, the box (its placeholder, its caret) keeps the log's direction.
    expect(getComputedStyle(input).direction).toBe('rtl');
    input.focus();
    await userEvent.keyboard('act');
    const option = screen
      .getByRole('listbox', { name: 'Suggestions' })
      .getByRole('option', { name: /actor:/ });
    await expect.element(option).toBeVisible();
    // `actor:`, not `:actor`: the field's name and its colon in the order they are typed.
    const label = [...option.element().children].find((child) => child.textContent === 'actor:');
    expect(label && getComputedStyle(label).direction).toBe('ltr');
    expect(getComputedStyle(input).direction).toBe('ltr');
    await userEvent.fill(box, 'התחברות');
    expect(getComputedStyle(input).direction).toBe('rtl');
  });

  it('chooses a field and a value with the keyboard only', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    (box.element() as HTMLElement).focus();
    await userEvent.keyboard('sev');
    const listbox = screen.getByRole('listbox', { name: 'Suggestions' });
    await expect.element(listbox).toBeVisible();
    await expect.element(box).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}');
    const option = listbox.getByRole('option', { name: /severity:/ });
    await expect.element(option).toHaveAttribute('aria-selected', 'true');
    await expect.element(box).toHaveAttribute('aria-activedescendant', option.element().id);
    await userEvent.keyboard('{Enter}');
    await expect.element(box).toHaveValue('severity:');
    await userEvent.keyboard('cr{ArrowDown}{Enter}');
    await expect.element(box).toHaveValue('severity:Critical ');
    await expect.poll(() => urlParam('audit.sev')).toBe('Critical');
    // Escape closes the list and keeps the text.
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(listbox).toBeVisible();
    expect(await axeViolations(document.querySelector('.auditkit')!)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await expect.element(box).toHaveAttribute('aria-expanded', 'false');
    expect(listbox.query()).toBeNull();
    await expect.element(box).toHaveValue('severity:Critical ');
  });

  it('says which field an unknown name probably meant, and fixes it on request', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('actr:ada@acme.test');
    const problems = screen.getByRole('list', { name: 'Not applied' });
    await expect.element(problems).toHaveTextContent('Unknown field "actr". Did you mean "actor:"?');
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    expect(urlParam('audit.email')).toBeNull();
    await screen.getByRole('button', { name: 'Use actor:' }).click();
    await expect.element(box).toHaveValue('actor:ada@acme.test');
    await expect.element(box).toHaveFocus();
    await expect.poll(() => urlParam('audit.email')).toBe('ada@acme.test');
    await expect.element(problems).not.toBeInTheDocument();
  });

  it('fixes an unknown quoted field whose name holds a `:` as a whole, not up to its first `:`', async () => {
    // `"act:r":ada` became `actor:r":ada`, a search for text, where `actor:ada` was offered.
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    for (const [typed, fixed] of [
      ['"act:r":ada@acme.test login', 'actor:ada@acme.test login'],
      ['x -"a\\"ct:r":"a:b"', 'x -actor:"a:b"'],
    ] as const) {
      await box.fill('');
      await box.click();
      await userEvent.keyboard(typed.replace(/[{[]/g, (char) => char + char));
      await expect
        .element(screen.getByRole('list', { name: 'Not applied' }))
        .toHaveTextContent(/Did you mean "actor:"\?/);
      await screen.getByRole('button', { name: /^Use -?actor:$/ }).click();
      await expect.element(box).toHaveValue(fixed);
    }
    await expect.poll(() => urlParam('audit.q')).toBe('x');
  });

  it('says what is not applied once typing pauses, not at every keystroke', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    const lists = document.querySelector('[data-slot="audit-search-problems"]')!;
    // The lists change at every keystroke and are not live; a status next to them says the settled problems.
    expect(lists.closest('[aria-live]')).toBeNull();
    const status = lists.previousElementSibling!;
    expect(status.getAttribute('role')).toBe('status');
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, subtree: true, characterData: true });
    await box.click();
    await userEvent.keyboard('actr:ada@acme.test');
    await expect.element(screen.getByRole('list', { name: 'Not applied' })).toBeVisible();
    await expect
      .poll(() => status.textContent)
      .toBe('actr:ada@acme.test Unknown field "actr". Did you mean "actor:"?');
    observer.disconnect();
    // Said once, whole: not "actr:a", "actr:ad"… one character at a time.
    expect(said).toEqual(['actr:ada@acme.test Unknown field "actr". Did you mean "actor:"?']);
  });

  it('applies a severity none of the usual five as typed, says which level it may mean, and swaps it on request', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('severity:Hgh,critical login');
    const check = screen.getByRole('list', { name: 'Applied as typed' });
    await expect
      .element(check)
      .toHaveTextContent('severity:Hgh,critical “Hgh” is none of the usual severities');
    await expect.element(check).toHaveTextContent('Did you mean “High”?');
    // Applied, not refused: a tenant's data may carry severities of its own.
    await expect.poll(() => urlParam('audit.sev')).toBe('Hgh,Critical');
    expect(screen.getByRole('list', { name: 'Not applied' }).query()).toBeNull();
    // From the keyboard: the button leaves with the hint, and focus goes back to the box, never to the body.
    (screen.getByRole('button', { name: 'Use High' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(box).toHaveValue('severity:High,Critical login');
    await expect.poll(() => urlParam('audit.sev')).toBe('High,Critical');
    await expect.element(check).not.toBeInTheDocument();
    await expect.element(box).toHaveFocus();
  });

  it('swaps the hinted value alone, whatever quotes and other values the term holds', async () => {
    const { screen } = await renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    for (const [typed, fixed] of [
      ['severity:Mediumish,Mediu x', 'severity:Mediumish,Medium x'],
      ['severity:"Med x",Med y', 'severity:"Med x",Medium y'],
      ['severity:"Hi\\"gh" y', 'severity:High y'],
    ] as const) {
      await box.fill('');
      await box.click();
      await userEvent.keyboard(typed.replace(/[{[]/g, (char) => char + char));
      await screen.getByRole('button', { name: /^Use (High|Medium)$/ }).click();
      await expect.element(box).toHaveValue(fixed);
    }
  });

  it('marks a negation the API cannot express instead of ignoring it', async () => {
    const { screen } = await renderSearch();
    await screen.getByRole('combobox', { name: 'Search events' }).click();
    await userEvent.keyboard('-severity:info login');
    await expect
      .element(screen.getByRole('list', { name: 'Not applied' }))
      .toHaveTextContent('-severity:info The audits API cannot leave out values');
    await expect.poll(() => urlParam('audit.q')).toBe('login');
    expect(urlParam('audit.sev')).toBeNull();
  });

  it('says why NOT, OR and parentheses are not applied instead of searching for them as text', async () => {
    const { screen } = await renderSearch();
    await screen.getByRole('combobox', { name: 'Search events' }).click();
    await userEvent.keyboard('NOT severity:info OR (login)');
    const problems = screen.getByRole('list', { name: 'Not applied' });
    await expect
      .element(problems.getByRole('listitem').first())
      .toHaveTextContent('NOT The audits API cannot leave out terms, so "NOT" is not applied.');
    await expect
      .element(problems.getByRole('listitem').nth(1))
      .toHaveTextContent(/^OR Every term must match/);
    await expect
      .element(problems.getByRole('listitem').nth(2))
      .toHaveTextContent(/^\(login\) Parentheses do not group terms/);
    await expect.poll(() => urlParam('audit.sev')).toBe('Info');
    expect(urlParam('audit.q')).toBeNull();
  });

  it('says in German why a date is not applied, not only that its value is wrong', async () => {
    const { screen } = await renderAudit(<SearchBox debounceMs={100} />, {
      state: { url: true },
      locale: de.locale,
      messages: de.messages,
    });
    const box = screen.getByRole('combobox', { name: 'Ereignisse durchsuchen' });
    await box.click();
    await userEvent.keyboard('created:2026-11-07..2026-11-01 created:2026-13-01');
    const problems = screen.getByRole('list', { name: 'Nicht angewendet' });
    await expect
      .element(problems.getByRole('listitem').first())
      .toHaveTextContent('created:2026-11-07..2026-11-01 Der Zeitraum endet, bevor er beginnt.');
    // A date that is none lists the forms that are.
    await expect.element(problems.getByRole('listitem').nth(1)).toHaveTextContent(/2026-11-01\.\.2026-11-07/);
    // Polled: the problems are the text's at once, the query its own after the debounce; typed slowly (a busy
    // machine), a pause after `created:2026-11-07` applied that date until the whole text's apply took it away.
    await expect.poll(() => urlParam('audit.from')).toBeNull();
  });

  it('offers today and yesterday as fixed dates, in the log’s language', async () => {
    const { screen } = await renderAudit(<SearchBox debounceMs={100} />, {
      locale: de.locale,
      messages: de.messages,
    });
    const box = screen.getByRole('combobox', { name: 'Ereignisse durchsuchen' });
    await box.click();
    await userEvent.keyboard('created:');
    const listbox = screen.getByRole('listbox', { name: 'Vorschläge' });
    // A view saved with it keeps that day, not "today": said where it is chosen.
    await expect.element(listbox.getByRole('option', { name: /^today.*als festes Datum$/ })).toBeVisible();
    await expect
      .element(listbox.getByRole('option', { name: /^yesterday.*als festes Datum$/ }))
      .toBeVisible();
    await expect.element(listbox.getByRole('option', { name: /^7d/ })).not.toHaveTextContent(/festes Datum/);
  });

  it('names the user-id field in the log’s language, not in English', async () => {
    const { screen } = await renderAudit(<SearchBox debounceMs={100} />, {
      locale: de.locale,
      messages: de.messages,
    });
    const box = screen.getByRole('combobox', { name: 'Ereignisse durchsuchen' });
    await box.click();
    await userEvent.keyboard('users');
    const option = screen
      .getByRole('listbox', { name: 'Vorschläge' })
      .getByRole('option', { name: /^users:/ });
    await expect.element(option).toHaveTextContent('users:Benutzer-ID');
    await expect.element(option).not.toHaveTextContent(/User ID/);
  });

  it('keeps the highlighted suggestion in sight when the arrow keys move it past the list’s edge', async () => {
    // Eight actions of about 40 characters: in a narrow box each option takes two lines, more than the list shows.
    const events = Array.from({ length: 8 }, (_, index) =>
      storyEvent({ action: `Rotated the signing key of integration ${index + 1}` }, index),
    );
    overrideMock(
      http.get('*/audits/resources/audits/v2', () =>
        HttpResponse.json({ data: events, total: events.length }),
      ),
    );
    const { screen } = await renderAudit(
      <div style={{ width: '14rem' }}>
        <SearchBox debounceMs={100} />
        <AuditTable />
      </div>,
    );
    await expect.element(screen.getByRole('grid').getByText('integration 8')).toBeInTheDocument();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('action:');
    const listbox = screen.getByRole('listbox', { name: 'Suggestions' });
    const options = listbox.getByRole('option');
    await expect.element(options.nth(7)).toBeInTheDocument();
    const list = listbox.element();
    expect(list.scrollHeight).toBeGreaterThan(list.clientHeight);
    for (let step = 0; step < 8; step++) await userEvent.keyboard('{ArrowDown}');
    const last = options.nth(7);
    await expect.element(last).toHaveAttribute('aria-selected', 'true');
    const inside = () => {
      const outer = list.getBoundingClientRect();
      const inner = last.element().getBoundingClientRect();
      return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
    };
    await expect.poll(inside).toBe(true);
    // And back to the first: the list scrolls up to it.
    await userEvent.keyboard('{ArrowDown}');
    const first = options.first().element().getBoundingClientRect();
    expect(first.top).toBeGreaterThanOrEqual(list.getBoundingClientRect().top - 1);
  });

  it('keeps a line break in a value: the one-line box shows it escaped, and an edit applies it unchanged', async () => {
    // Written as it was, the input dropped the line break: `"ab"` showed, and the next keystroke filtered on `ab`.
    const Filters = () => (
      <output aria-label="Filters">{JSON.stringify(useAuditState().queryState.query.filters)}</output>
    );
    const { screen } = await renderAudit(
      <>
        <SearchBox debounceMs={100} />
        <Filters />
      </>,
      { state: { defaultValue: { ...defaultAuditQuery, filters: { action: ['a\nb'] } } } },
    );
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await expect.poll(() => (box.element() as HTMLInputElement).value).toMatch(/^action:/);
    await box.click();
    await userEvent.keyboard('{End} {Enter}');
    // Past the typing pause too: the filter held at first must be the one applied, not merely not yet replaced.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect
      .element(screen.getByRole('status', { name: 'Filters' }))
      .toHaveTextContent(JSON.stringify({ action: ['a\nb'] }));
    await expect.element(box).toHaveValue('action:"a\\u{a}b" ');
    expect(screen.getByRole('list', { name: 'Not applied' }).query()).toBeNull();
  });
});
