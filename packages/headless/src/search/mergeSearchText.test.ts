import { describe, expect, it } from 'vitest';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import type { AuditSearchQuery } from './auditSearch.types.ts';
import { formatAuditSearch } from './formatAuditSearch.ts';
import { mergeSearchText } from './mergeSearchText.ts';
import { parseAuditSearch } from './parseAuditSearch.ts';

const options = { columns: defaultAuditColumns };
const reader = {
  parse: (source: string) => parseAuditSearch(source, options),
  format: (query: AuditSearchQuery) => formatAuditSearch(query, options),
};
/** The text after `theirs` arrived, with `applied` the text the box applied last and `typed` the text it holds. */
const merge = (applied: string, typed: string, theirs: Partial<AuditSearchQuery>) =>
  mergeSearchText(
    reader.parse(applied).query,
    reader.parse(typed),
    { ...reader.parse(applied).query, ...theirs },
    reader,
  );

describe('mergeSearchText', () => {
  it('takes the typed range or filter where the new query left that part as applied', () => {
    expect(merge('severity:high', 'severity:low', { time: { preset: '30d' } })).toBe(
      'created:30d severity:low',
    );
    expect(merge('', 'created:7d actor:ada', { filters: { action: ['Login'] } })).toBe(
      'created:7d action:Login actor:ada',
    );
  });

  it('takes the new query’s range or filter where it changed that part (the later act)', () => {
    expect(merge('', 'created:7d', { time: { preset: '30d' } })).toBe('created:30d');
    expect(merge('severity:high', 'severity:low', { filters: { severity: ['Critical'] } })).toBe(
      'severity:Critical',
    );
    // A chip removed.
    expect(merge('severity:high', 'severity:high login', { filters: {} })).toBe('login');
  });

  it('states once what both say', () => {
    expect(merge('', 'login', { search: 'login' })).toBe('login');
    expect(merge('', 'created:7d', { time: { preset: '7d' } })).toBe('created:7d');
    expect(merge('', 'severity:High grace', { filters: { severity: ['High'] } })).toBe('severity:High grace');
  });

  it('adds typed words to the new query’s, after them', () => {
    expect(merge('', 'grace', { search: 'foo' })).toBe('foo grace');
    // A word applied before and changed elsewhere is the new query's to keep or drop.
    expect(merge('login', 'login grace', { search: 'foo' })).toBe('foo grace');
  });

  it('keeps the typed words as edited while the search was not changed elsewhere', () => {
    expect(merge('login', 'logout', { time: { preset: '30d' } })).toBe('created:30d logout');
  });

  it("keeps the typed text as one search, a quoted phrase's order, repeats and spaces too", () => {
    const search = (text: string) => reader.parse(text).query.search;
    expect(search(merge('', '"user removed user"', { time: { preset: '30d' } }))).toBe('user removed user');
    expect(search(merge('failed', '"login failed"', { time: { preset: '30d' } }))).toBe('login failed');
  });

  it('keeps a refused term after the merge while the new query still refuses it', () => {
    expect(merge('', 'actr:ada grace', { time: { preset: '30d' } })).toBe('created:30d grace actr:ada');
  });
});
