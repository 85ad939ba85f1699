import { describe, expect, it } from 'vitest';
import { defaultMessages } from './defaultMessages.ts';
import { mergeMessages } from './mergeMessages.ts';
import * as de from './de.ts';
import * as ja from './ja.ts';

// Two logs on one page, each named by its host, had landmarks of the same names inside (axe `landmark-unique`).
describe('a log the host names names its parts’ landmarks', () => {
  it('names the summary, the filters and the pager after the log, keeping the Filters button short', () => {
    const merged = mergeMessages(defaultMessages, { regionLabel: 'Second log' });
    expect(merged.regionLabel).toBe('Second log');
    expect(merged.statsLabel).toBe('Second log: Audit summary');
    expect(merged.filtersLabel).toBe('Second log: Filters');
    expect(merged.paginationLabel).toBe('Second log: Pagination');
    expect(merged.filtersToggle).toBe('Filters');
  });

  it('also when the host spreads the language’s pack and overrides the region label, as its docs show', () => {
    const merged = mergeMessages(defaultMessages, { ...defaultMessages, regionLabel: 'Second log' });
    expect(merged.statsLabel).toBe('Second log: Audit summary');
    expect(merged.paginationLabel).toBe('Second log: Pagination');
    expect(merged.filtersToggle).toBe('Filters');
  });

  it('in the words of the log’s language', () => {
    expect(mergeMessages(de.messages, { regionLabel: 'Zweites Protokoll' }).paginationLabel).toBe(
      'Zweites Protokoll: Seitennavigation',
    );
    expect(mergeMessages(ja.messages, { regionLabel: 'セキュリティログ' }).filtersLabel).toBe(
      'セキュリティログのフィルター',
    );
  });

  it('keeps a part the host names itself, and the host’s own wording of `withinLog`', () => {
    const merged = mergeMessages(defaultMessages, {
      regionLabel: 'Second log',
      paginationLabel: 'Pages of the second log',
      withinLog: (log, part) => `${part} (${log})`,
    });
    expect(merged.paginationLabel).toBe('Pages of the second log');
    expect(merged.filtersLabel).toBe('Filters (Second log)');
  });

  it('changes nothing under the language’s own region label, or without one from the host', () => {
    expect(mergeMessages(de.messages, { regionLabel: de.messages.regionLabel })).toMatchObject({
      statsLabel: de.messages.statsLabel,
      filtersLabel: de.messages.filtersLabel,
      paginationLabel: de.messages.paginationLabel,
    });
    expect(mergeMessages(defaultMessages, { retry: 'Try again' }).filtersLabel).toBe('Filters');
  });

  it('names the Filters button with a host’s `filtersLabel`, unless the host names the button too', () => {
    expect(mergeMessages(defaultMessages, { filtersLabel: 'Narrow down' }).filtersToggle).toBe('Narrow down');
    expect(
      mergeMessages(defaultMessages, { filtersLabel: 'Narrow down', filtersToggle: 'Narrow' }).filtersToggle,
    ).toBe('Narrow');
  });
});
