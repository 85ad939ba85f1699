import { describe, expect, it } from 'vitest';
import { linearGrowthLimit, timeGrowth } from '../../../../test/support/timeGrowth.ts';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { auditSearchFields, fieldNamePattern } from './auditSearchFields.ts';
import { auditSearchSuggestions } from './auditSearchSuggestions.ts';
import { formatAuditSearch } from './formatAuditSearch.ts';
import { parseAuditSearch } from './parseAuditSearch.ts';
import { quoteSearchWord, tokenizeAuditSearch } from './tokenizeAuditSearch.ts';

const country: AuditColumn = {
  ...defaultAuditColumns[2]!,
  name: 'country',
  displayName: 'País',
  filterable: true,
};
const columns = [...defaultAuditColumns, country];

describe('field names in any script', () => {
  it('reads `País:ES` as a field term, not as the free text `país:es`', () => {
    expect(tokenizeAuditSearch('País:ES Größe:x 名前:y')).toMatchObject([
      { field: 'País', body: 'ES' },
      { field: 'Größe', body: 'x' },
      { field: '名前', body: 'y' },
    ]);
    const { query, problems } = parseAuditSearch('País:ES', { columns });
    expect(problems).toEqual([]);
    expect(query).toMatchObject({ search: '', filters: { country: ['ES'] } });
    expect(auditSearchFields(columns).resolve('PAÍS')?.column).toBe('country');
  });

  it('shows an unknown non-ASCII field as a problem instead of searching for it as text', () => {
    const { query, problems } = parseAuditSearch('Größe:x', { columns });
    expect(query.search).toBe('');
    expect(problems.map((term) => term.problem?.code)).toEqual(['unknown-field']);
  });

  it('keeps times, numbers and quoted words free text, and quotes a word that would read as a field', () => {
    expect(tokenizeAuditSearch('10:30 2026-11-01T10:00 -x "País:ES"').map((token) => token.field)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(quoteSearchWord('país:es')).toBe('"país:es"');
    // A comparison without its `:` (`created>=x`) reads as a term not applied; `5>3`, `<b>` and arrows as text.
    expect(['created>=x', 'x<y', '5>3', '<b>', 'user->admin', 'user<-admin'].map(quoteSearchWord)).toEqual([
      '"created>=x"',
      '"x<y"',
      '5>3',
      '<b>',
      'user->admin',
      'user<-admin',
    ]);
    const text = formatAuditSearch({ search: 'país:es', time: null, filters: {} }, { columns });
    expect(parseAuditSearch(text, { columns }).query.search).toBe('país:es');
  });

  it('offers a field while its non-ASCII name is being typed, and names match one rule', () => {
    expect(
      auditSearchSuggestions('Paí', 3, { columns }).map((option) => [option.label, option.detail]),
    ).toEqual([['country:', 'País']]);
    for (const name of ['País', 'geo.country', 'x-request-id', '_x', 'ñ1'])
      expect(fieldNamePattern.test(name)).toBe(true);
    for (const name of ['1x', '-x', '.x', 'a:b', 'a b']) expect(fieldNamePattern.test(name)).toBe(false);
  });
});

describe('backslashes in quoted text', () => {
  it('keeps a backslash before anything but `"` and `\\` (a Windows account, a path), as the doc says', () => {
    expect(parseAuditSearch('actor:"CORP\\ada"').query.filters).toEqual({ email: ['CORP\\ada'] });
    expect(parseAuditSearch('"C:\\temp\\new" x').query.search).toBe('C:\\temp\\new x');
    // `\"` and `\\` still escape: the quote stays open past `\"`, and `\\"` closes it.
    expect(parseAuditSearch('action:"say \\"hi\\"",b').query.filters).toEqual({ action: ['say "hi"', 'b'] });
    expect(parseAuditSearch('action:"a\\\\" b').query).toMatchObject({
      search: 'b',
      filters: { action: ['a\\'] },
    });
    expect(tokenizeAuditSearch('"a\\b" c').map((token) => token.raw)).toEqual(['"a\\b"', 'c']);
  });

  it('writes values holding backslashes as they were typed, and reads them back the same', () => {
    const values = ['CORP\\ada', 'a\\"b', 'x\\\\y', 'ends\\', '\\', '\\\\', 'a\\,b', 'say "hi"'];
    const query = { search: '', time: null, filters: { email: values } };
    const text = formatAuditSearch(query);
    expect(text).toBe(
      'actor:"CORP\\ada","a\\\\\\"b","x\\\\\\y","ends\\\\","\\\\","\\\\\\\\","a\\,b","say \\"hi\\""',
    );
    const back = parseAuditSearch(text);
    expect(back.problems).toEqual([]);
    expect(back.query.filters).toEqual({ email: values });
    for (const word of ['C:\\temp', 'a\\', '\\"'])
      expect(
        parseAuditSearch(formatAuditSearch({ search: word, time: null, filters: {} })).query.search,
      ).toBe(word);
  });
});

describe('line breaks in values', () => {
  // A search box is a one-line input, which drops line breaks: written as they are, `a\nb` showed as `"ab"` and
  // the next keystroke changed the filter to `ab`.
  it('writes a line break as \\u{a} inside quotes, and reads it back exactly', () => {
    const query = {
      search: 'two\nlines',
      time: null,
      filters: { action: ['a\nb', 'c\r\nd', 'e\\\nf'], 'Risk\nlevel': ['x'] },
    };
    const text = formatAuditSearch(query);
    expect(text).not.toMatch(/[\r\n]/);
    expect(text).toContain('action:"a\\u{a}b","c\\u{d}\\u{a}d","e\\\\\\u{a}f"');
    expect(parseAuditSearch(text).query).toEqual({ ...query, filters: { action: query.filters.action } });
    expect(parseAuditSearch(text).problems.map((term) => term.fieldText)).toEqual(['Risk\nlevel']);
  });

  it('keeps a backslash before anything else as typed, and writes a literal \\u{…} so it reads back as typed', () => {
    expect(parseAuditSearch('actor:"CORP\\nina" action:"\\u{41}"').query.filters).toEqual({
      email: ['CORP\\nina'],
      action: ['A'],
    });
    const literal = { search: '', time: null, filters: { action: ['x\\u{a}y', 'p\\u{110000}'] } };
    expect(parseAuditSearch(formatAuditSearch(literal)).query).toEqual(literal);
    // Bare, a backslash is itself: escapes are read inside quotes only.
    expect(parseAuditSearch('actor:a\\u{a}b').query.filters).toEqual({ email: ['a\\u{a}b'] });
  });
});

describe('look-alike quotes and colons', () => {
  it('keeps a run in curly, low or angle quotes one piece, and reads a name before "：" as a field', () => {
    expect(tokenizeAuditSearch('actor:“Ada Lovelace” x')).toMatchObject([
      { raw: 'actor:“Ada Lovelace”', field: 'actor', straightened: 'actor:"Ada Lovelace"' },
      { raw: 'x', body: 'x' },
    ]);
    expect(tokenizeAuditSearch('severity：high')).toEqual([
      {
        raw: 'severity：high',
        start: 0,
        end: 13,
        negated: false,
        field: 'severity',
        body: 'high',
        wideColon: true,
      },
    ]);
    // Inside straight quotes the marks are letters; a closing mark alone opens nothing.
    expect(tokenizeAuditSearch('action:"a “b” c" d”')).toEqual([
      { raw: 'action:"a “b” c"', start: 0, end: 16, negated: false, field: 'action', body: '"a “b” c"' },
      { raw: 'd”', start: 17, end: 19, negated: false, body: 'd”' },
    ]);
  });

  it('stays linear on opening marks that never close, each of which takes its own piece only', () => {
    const textOf = (marks: number) => '“a '.repeat(marks) + '«b „c ＂d';
    expect(tokenizeAuditSearch(textOf(30_000))).toHaveLength(30_003);
    expect(timeGrowth(textOf, tokenizeAuditSearch, 5_000)).toBeLessThan(linearGrowthLimit);
  });
});
