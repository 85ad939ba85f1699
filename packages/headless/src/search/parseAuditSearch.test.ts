import { describe, expect, it } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery, type AuditTimeRange } from '../query/AuditQuery.ts';
import { queryFromSearch } from '../url/queryFromSearch.ts';
import { queryToSearch } from '../url/queryToSearch.ts';
import { formatAuditSearch } from './formatAuditSearch.ts';
import { auditSearchSuggestions } from './auditSearchSuggestions.ts';
import { maxAuditSearchText, parseAuditSearch } from './parseAuditSearch.ts';

const custom: AuditColumn = {
  name: 'department',
  displayName: 'Department',
  type: 'AlphaNumeric',
  sortable: true,
  filterable: true,
  showInTable: true,
  showInMoreInfo: true,
};
const columns = [...defaultAuditColumns, custom];
const now = new Date('2026-11-30T12:00:00Z');

describe('parseAuditSearch', () => {
  it('reads the issue examples into one query', () => {
    const { query, problems } = parseAuditSearch(
      'login actor:ada@acme.test action:"User logged in" severity:high,critical ip:81.2.69.160 department:R&D',
      { columns, now },
    );
    expect(problems).toEqual([]);
    expect(query).toEqual({
      search: 'login',
      time: null,
      filters: {
        email: ['ada@acme.test'],
        action: ['User logged in'],
        severity: ['High', 'Critical'],
        ip: ['81.2.69.160'],
        department: ['R&D'],
      },
    });
  });

  it('reads dates as whole days in the given time zone', () => {
    const at = (text: string, timeZone = 'UTC') => parseAuditSearch(text, { now, timeZone }).query.time;
    expect(at('created:>2026-11-01')).toEqual({ from: '2026-11-02T00:00:00.000Z' });
    expect(at('created:>=2026-11-01')).toEqual({ from: '2026-11-01T00:00:00.000Z' });
    expect(at('created:<2026-11-01')).toEqual({ to: '2026-10-31T23:59:59.999Z' });
    expect(at('created:2026-11-01..2026-11-07')).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-07T23:59:59.999Z',
    });
    expect(at('created:2026-11-01', 'America/New_York')).toEqual({
      from: '2026-11-01T04:00:00.000Z',
      // New York leaves daylight saving on 1 November 2026: that day lasts 25 hours.
      to: '2026-11-02T04:59:59.999Z',
    });
    expect(at('time:7d')).toEqual({ preset: '7d' });
    expect(at('created:today')).toEqual({ from: '2026-11-30T00:00:00.000Z' });
    expect(at('created:>=2026-11-01 created:<=2026-11-03')).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-03T23:59:59.999Z',
    });
    // The years 0 to 99 are themselves (Date.UTC alone would read them as 1900 to 1999); a day that does not
    // exist is not a time.
    expect(at('created:0001-01-01')).toEqual({
      from: '0001-01-01T00:00:00.000Z',
      to: '0001-01-01T23:59:59.999Z',
    });
    expect(at('created:>=0050-06-01T12:00')).toEqual({ from: '0050-06-01T12:00:00.000Z' });
    expect(parseAuditSearch('created:2026-02-30', { now }).problems[0]?.problem?.code).toBe('invalid-value');
    // Nor is a time on one, or a time past the day's end, with a zone or offset given (Date.parse alone rolls
    // each into the next day or month).
    for (const text of [
      '2026-02-30T10:00Z',
      '2026-02-29T10:00Z',
      '2026-04-31T10:00+02:00',
      '2026-11-01T24:00Z',
    ]) {
      const parsed = parseAuditSearch(`created:${text}`, { now });
      expect(parsed.problems[0]?.problem?.code, text).toBe('invalid-value');
      expect(parsed.query.time, text).toEqual(defaultAuditQuery.time);
    }
    expect(at('created:>=2024-02-29T10:00Z')).toEqual({ from: '2024-02-29T10:00:00.000Z' });
  });

  it('resolves display names and aliases, case-insensitively', () => {
    const filters = (text: string) => parseAuditSearch(text, { columns }).query.filters;
    expect(filters('user:a email:b Actor:c')).toEqual({ email: ['a', 'b', 'c'] });
    expect(filters('IP_Address:1.2.3.4 useragent:curl')).toEqual({ ip: ['1.2.3.4'], userAgent: ['curl'] });
  });

  it('matches a name whatever its Unicode form: a combining accent in the metadata, a composed one typed', () => {
    // `País` and `Café` spelt with a combining acute (NFD), as some systems store them.
    const decomposed: AuditColumn[] = [
      { ...custom, name: 'Pai\u0301s', displayName: 'Pai\u0301s' },
      { ...custom, name: 'cafeOrder', displayName: 'Cafe\u0301 order' },
    ];
    const filters = (text: string) =>
      parseAuditSearch(text, { columns: [...columns, ...decomposed] }).query.filters;
    // The filter goes to the column as the metadata names it.
    expect(filters('Pa\u00EDs:ES')).toEqual({ 'Pai\u0301s': ['ES'] });
    expect(filters('pai\u0301s:FR')).toEqual({ 'Pai\u0301s': ['FR'] });
    expect(filters('caf\u00E9order:42')).toEqual({ cafeOrder: ['42'] });
  });

  it('keeps an unknown field as a problem that names the nearest field', () => {
    const { query, problems } = parseAuditSearch('actr:ada login', { columns });
    expect(query).toEqual({ search: 'login', time: null, filters: {} });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ raw: 'actr:ada', start: 0, end: 8 });
    expect(problems[0]!.problem).toMatchObject({ code: 'unknown-field', suggestion: 'actor' });
    expect(parseAuditSearch('sevrity:high').problems[0]!.problem?.suggestion).toBe('severity');
    expect(parseAuditSearch('zzzzz:1').problems[0]!.problem?.message).toMatch(/Known fields: created, actor/);
  });

  it('marks what the API cannot express instead of applying it', () => {
    const { query, problems } = parseAuditSearch('-actor:ada -login severity: action:>x created:nope', {
      columns,
    });
    expect(query).toEqual({ search: '', time: null, filters: {} });
    expect(problems.map((term) => term.problem?.code)).toEqual([
      'negation-unsupported',
      'negation-unsupported',
      'empty-value',
      'operator-unsupported',
      'invalid-value',
    ]);
  });

  it('marks a value written with a bare `-` as a negation, offering it quoted, and keeps a quoted one', () => {
    // `actor:-bob` was applied as the value "-bob": an admin leaving bob out saw no events, and no warning.
    for (const [text, quoted] of [
      ['actor:-bob', 'actor:"-bob"'],
      ['sev:High,-Info', 'sev:High,"-Info"'],
      ['department:-"a b"', 'department:"-a b"'],
    ] as const) {
      const { query, problems } = parseAuditSearch(`${text} login`, { columns });
      expect(query).toEqual({ search: 'login', time: null, filters: {} });
      expect(problems.map((term) => [term.raw, term.problem?.code, term.problem?.suggestion])).toEqual([
        [text, 'negation-unsupported', quoted],
      ]);
      expect(problems[0]!.problem?.message).toContain(quoted);
      // The offered text is the value itself.
      expect(parseAuditSearch(quoted, { columns }).problems).toEqual([]);
    }
    expect(parseAuditSearch('actor:"-bob"').query.filters).toEqual({ email: ['-bob'] });
    // A negative number is a value (a custom column may hold one), as is a lone `-`.
    expect(parseAuditSearch('department:-12,-1.5,-', { columns })).toMatchObject({
      query: { filters: { department: ['-12', '-1.5', '-'] } },
      problems: [],
    });
  });

  it('applies any severity: one of the five in any case as the API writes it, any other exactly as typed', () => {
    // Frontegg's own data carries `Attention` (and a lower-case `info`) beside the five the create body lists.
    const { query, problems, terms } = parseAuditSearch('severity:high,Attention sev:INFO,attention,Notice');
    expect(problems).toEqual([]);
    expect(query.filters).toEqual({ severity: ['High', 'Attention', 'Info', 'attention', 'Notice'] });
    expect(terms.map((term) => term.hint)).toEqual([undefined, undefined]);
    // The text written for it reads back to the same query.
    expect(formatAuditSearch(query)).toBe('severity:High,Attention,Info,attention,Notice');
    expect(parseAuditSearch(formatAuditSearch(query)).query).toEqual(query);
  });

  it('applies a severity one typo away from one of the five as typed, with a hint naming the level', () => {
    const { query, problems, terms } = parseAuditSearch('severity:Hihg,Critical');
    // Not refused: a tenant's data may really carry it.
    expect(problems).toEqual([]);
    expect(query.filters).toEqual({ severity: ['Hihg', 'Critical'] });
    expect(terms[0]!.hint).toMatchObject({ code: 'unknown-severity', value: 'Hihg', suggestion: 'High' });
    expect(terms[0]!.hint?.message).toMatch(/applied as typed\. Did you mean "High"\?$/);
    expect(parseAuditSearch('severity:Attention').terms[0]!.hint).toBeUndefined();
  });

  it("gives the hinted term's whole text with the level in place, whatever the quotes and other values", () => {
    const hintOf = (text: string) => parseAuditSearch(text).terms[0]!.hint;
    expect(hintOf('severity:Hihg,critical')?.replacement).toBe('severity:High,Critical');
    // A value that also starts another one, and one inside quotes with an escape: each rewritten whole.
    expect(hintOf('sev:Mediumish,Mediu')).toMatchObject({
      value: 'Mediu',
      replacement: 'sev:Mediumish,Medium',
    });
    expect(hintOf('severity:"Hi\\"gh"')).toMatchObject({ value: 'Hi"gh', replacement: 'severity:High' });
    expect(hintOf('severity:"Med x",Med')).toMatchObject({
      value: 'Med',
      replacement: 'severity:"Med x",Medium',
    });
    // The same typo twice is one value after the fix.
    expect(hintOf('severity:Hihg,High')?.replacement).toBe('severity:High');
  });

  it('keeps __proto__, constructor and toString as severity values, plain data', () => {
    const { query, problems } = parseAuditSearch('severity:__proto__,constructor sev:toString');
    expect(problems).toEqual([]);
    expect(Object.getPrototypeOf(query.filters)).toBe(Object.prototype);
    expect(Object.keys(query.filters)).toEqual(['severity']);
    expect(query.filters['severity']).toEqual(['__proto__', 'constructor', 'toString']);
    // And a link carries them whole.
    expect(queryFromSearch(queryToSearch({ ...defaultAuditQuery, ...query })).filters).toEqual(query.filters);
  });

  it('refuses a term a link or a saved view could not carry, instead of letting it be lost later', () => {
    const long = 'b'.repeat(501);
    const values = Array.from({ length: 101 }, (_, i) => `a${i}`).join(',');
    const { query, problems } = parseAuditSearch(
      `action:"${long}" severity:high email:${values} ${'w'.repeat(600)} ${'x'.repeat(600)}`,
    );
    // The terms within the limits apply; the others stay in the text, marked.
    expect(query).toEqual({ search: 'w'.repeat(600), time: null, filters: { severity: ['High'] } });
    expect(problems.map((term) => term.problem?.message)).toEqual([
      'A value has at most 500 characters.',
      '"actor:" takes at most 100 values.',
      'The search text has at most 1000 characters; this part is not applied.',
    ]);
    // What is applied comes back whole from the URL the query is written to.
    expect(queryFromSearch(queryToSearch({ ...defaultAuditQuery, ...query }))).toMatchObject(query);
  });

  it('reads at most 8 KiB of text, promptly, and marks the rest as one term not applied', () => {
    const cap = /^The search text has at most 8192 characters in all .*; from here on it is not applied\.$/;
    expect(maxAuditSearchText).toBe(8192);
    // 400,000 characters of short words: five seconds before (one object a term, on every keystroke).
    const pasted = `severity:high ${'abc '.repeat(100_000)}`.slice(0, 400_000);
    const { query, terms, problems } = parseAuditSearch(pasted);
    // Promptly, counted rather than timed: no object for any term past the cut (one a term took five seconds).
    expect(terms.length).toBeLessThan(maxAuditSearchText / 2);
    const rest = terms.at(-1)!;
    expect(rest).toMatchObject({ kind: 'text', end: 400_000, problem: { code: 'invalid-value' } });
    expect(rest.problem?.message).toMatch(cap);
    expect(rest.start).toBeLessThanOrEqual(maxAuditSearchText);
    expect(rest.raw).toBe(pasted.slice(rest.start));
    // What comes before the cut applies as usual.
    expect(query.filters).toEqual({ severity: ['High'] });
    expect(problems.at(-1)).toBe(rest);
    expect(auditSearchSuggestions(pasted, 300_000)).toEqual([]);
    // A term the cut runs into is not read in part: a value cut at 8 KiB would filter on a prefix of it.
    const head = `${'a'.repeat(maxAuditSearchText - 20)} action:"`;
    const cutValue = parseAuditSearch(`${head}${'v'.repeat(100)}" login`);
    expect(cutValue.query.filters).toEqual({});
    expect(cutValue.problems.at(-1)).toMatchObject({
      start: head.length - 8,
      raw: `action:"${'v'.repeat(100)}" login`,
    });
    // One character more than is read, where a term ends at the cut: the rest starts at the next term.
    const exact = parseAuditSearch(`${'x '.repeat(maxAuditSearchText / 2)}y`);
    expect(exact.problems.at(-1)).toMatchObject({ raw: 'y', start: maxAuditSearchText });
    // Up to the limit, nothing is cut.
    const fits = `severity:high ${'z'.repeat(maxAuditSearchText - 14)}`;
    expect(fits).toHaveLength(maxAuditSearchText);
    expect(parseAuditSearch(fits).terms.every((term) => !term.problem?.message.match(cap))).toBe(true);
  });

  it('counts the search text to its limit exactly: the spaces between words included', () => {
    const fits = parseAuditSearch(`${'a'.repeat(498)} ${'b'.repeat(499)} c`);
    expect(fits.query.search).toHaveLength(1000);
    expect(fits.problems).toEqual([]);
    const over = parseAuditSearch(`${'a'.repeat(498)} ${'b'.repeat(500)} c d`);
    expect(over.query.search).toBe(`${'a'.repeat(498)} ${'b'.repeat(500)}`);
    expect(over.problems.map((term) => term.raw)).toEqual(['c', 'd']);
  });

  it('treats a column that is not filterable as unknown', () => {
    expect(parseAuditSearch('description:x').problems[0]!.problem?.code).toBe('unknown-field');
  });

  it('reads the time range even when the metadata marks createdAt not filterable, or leaves it out', () => {
    // The range is sent as createdFrom/createdTo, whatever the metadata says of filtering the column;
    // `created:7d` read as an unknown field would drop the range on the next edit.
    const unfilterable = columns.map((column) =>
      column.name === 'createdAt' ? { ...column, filterable: false } : column,
    );
    const withoutTime = columns.filter((column) => column.name !== 'createdAt');
    for (const set of [unfilterable, withoutTime]) {
      const query = { search: '', time: { preset: '7d' as const }, filters: {} };
      const text = formatAuditSearch(query, { columns: set });
      expect(text).toBe('created:7d');
      expect(parseAuditSearch(text, { columns: set })).toMatchObject({ query, problems: [] });
      expect(parseAuditSearch('time:>=2026-11-01', { columns: set, now }).query.time).toEqual({
        from: '2026-11-01T00:00:00.000Z',
      });
    }
  });

  it('refuses, as a problem, a time outside the years 0001 to 9999 (never a throw or a wrong range)', () => {
    const read = (text: string, timeZone = 'UTC') => parseAuditSearch(text, { now, timeZone });
    for (const [text, timeZone] of [
      // Year 0 exists in ISO 8601 (1 BC, a leap year), but Intl calls it 1 and 0000-02-29 had no day there.
      ['created:0000-02-29', 'UTC'],
      ['created:0000-01-01', 'UTC'],
      ['created:>=0000-12-31T23:00', 'America/New_York'],
      ['created:>=0000-12-31T23:00:00-02:00', 'UTC'],
      ['created:<=0000-02-28T23:59:59.999Z', 'UTC'],
      // Days whose zone moves an end out of the years 0001 to 9999 (in UTC, as the range is sent and linked).
      ['created:0001-01-01', 'Asia/Tokyo'],
      ['created:<0001-01-01', 'UTC'],
      ['created:9999-12-31', 'America/New_York'],
      ['created:2026-01-01..9999-12-31', 'America/New_York'],
      ['created:>9999-12-31', 'UTC'],
      ['created:>=9999-12-31T23:30:00-01:00', 'UTC'],
    ] as const) {
      const { query, problems } = read(text, timeZone);
      expect(query.time, text).toBeNull();
      expect(
        problems.map((term) => term.problem?.code),
        text,
      ).toEqual(['invalid-value']);
      expect(problems[0]!.problem?.message, text).toMatch(/0001 to 9999/);
    }
    // The ends themselves are read, in the zone (New York kept local mean time, −4:56:02, until 1883).
    expect(read('created:0001-01-01').query.time).toEqual({
      from: '0001-01-01T00:00:00.000Z',
      to: '0001-01-01T23:59:59.999Z',
    });
    expect(read('created:0001-01-01', 'America/New_York').query.time).toEqual({
      from: '0001-01-01T04:56:02.000Z',
      to: '0001-01-02T04:56:01.999Z',
    });
    expect(read('created:9999-12-31', 'Asia/Tokyo').query.time).toEqual({
      from: '9999-12-30T15:00:00.000Z',
      to: '9999-12-31T14:59:59.999Z',
    });
    expect(read('created:<=9999-12-31').query.time).toEqual({ to: '9999-12-31T23:59:59.999Z' });
    // A clock that is no date: `today` is a problem, not a throw.
    expect(parseAuditSearch('created:today', { now: new Date(Number.NaN) }).problems[0]?.problem?.code).toBe(
      'invalid-value',
    );
  });

  it('keeps hostile names as plain data', () => {
    const hostile: AuditColumn = { ...custom, name: '__proto__', displayName: 'constructor' };
    const { query } = parseAuditSearch('__proto__:x constructor:y', { columns: [hostile] });
    expect(Object.getPrototypeOf(query.filters)).toBe(Object.prototype);
    expect(Object.hasOwn(query.filters, '__proto__')).toBe(true);
    expect(query.filters['__proto__']).toEqual(['x', 'y']);
    expect(parseAuditSearch('toString:x valueOf:y').problems).toHaveLength(2);
  });
});

describe('formatAuditSearch', () => {
  it('writes the canonical text', () => {
    expect(
      formatAuditSearch(
        {
          search: 'login failed',
          time: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-07T23:59:59.999Z' },
          filters: { email: ['ada@acme.test'], action: ['User logged in'], severity: ['High', 'Critical'] },
        },
        { columns },
      ),
    ).toBe(
      'login failed created:2026-11-01..2026-11-07 actor:ada@acme.test action:"User logged in" severity:High,Critical',
    );
    expect(formatAuditSearch({ search: 'a:b -c', time: { preset: '24h' }, filters: {} })).toBe(
      '"a:b" "-c" created:24h',
    );
  });

  it('writes any time a host or a link can hold without throwing (it runs during render)', () => {
    const times = [
      { to: '0000-02-28T23:59:59.999Z' },
      { from: '0000-02-29T21:00:00.000Z' },
      { from: '0000-02-29T00:00:00.000Z', to: '0000-02-29T23:59:59.999Z' },
      { from: '-271821-04-20T00:00:00.000Z', to: '+275760-09-13T00:00:00.000Z' },
      { from: '0001-01-01T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' },
      { from: 'soon', to: '' },
      { preset: 'forever' },
      { preset: Symbol('7d') },
      { from: 7 },
      'yesterday',
      42,
    ] as unknown as AuditTimeRange[];
    for (const timeZone of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Apia'])
      for (const time of times)
        expect(() => formatAuditSearch({ search: '', time, filters: {} }, { timeZone })).not.toThrow();
    // Outside the years 0001 to 9999: written exactly, and read back as a problem the user sees.
    const text = formatAuditSearch({ search: '', time: { to: '0000-02-28T23:59:59.999Z' }, filters: {} });
    expect(text).toBe('created:<=0000-02-28T23:59:59.999Z');
    expect(parseAuditSearch(text).problems.map((term) => term.problem?.code)).toEqual(['invalid-value']);
  });

  it('writes an instant whose day in the zone is in the year 0000 or 10000 as itself, to read back', () => {
    for (const [time, timeZone, written] of [
      // Midnight of 10000-01-01 in Tokyo, the last second of 0000-12-31 in New York.
      [{ from: '9999-12-31T15:00:00.000Z' }, 'Asia/Tokyo', 'created:>=9999-12-31T15:00:00.000Z'],
      [{ to: '0001-01-01T04:56:01.999Z' }, 'America/New_York', 'created:<=0001-01-01T04:56:01.999Z'],
      [{ from: '0001-01-01T04:56:02.000Z' }, 'America/New_York', 'created:>=0001-01-01'],
      [{ to: '9999-12-31T14:59:59.999Z' }, 'Asia/Tokyo', 'created:<=9999-12-31'],
    ] as const) {
      const query = { search: '', time, filters: {} };
      expect(formatAuditSearch(query, { timeZone })).toBe(written);
      expect(parseAuditSearch(written, { timeZone })).toMatchObject({ query, problems: [] });
    }
  });

  it('writes a column named with a space so that it reads back as that column, not as a word and a field', () => {
    const spaced: AuditColumn = { ...custom, name: 'Risk score', displayName: 'Risk score' };
    const withSpaced = [...columns, spaced];
    const query = { search: 'login', time: null, filters: { 'Risk score': ['high'] } };
    // It was written `Risk score:high`, which read back as the free text "Risk" and an unknown field `score`:
    // the next edit of the search box turned the filter into a word.
    const text = formatAuditSearch(query, { columns: withSpaced });
    expect(text).toBe('login Risk_score:high');
    expect(parseAuditSearch(text, { columns: withSpaced })).toMatchObject({ query, problems: [] });
    // Whatever its display name, and whatever the characters search text cannot hold.
    for (const [name, displayName, typed] of [
      ['Risk score', 'Risk score (0-100)', 'Risk_score'],
      ['Risk / score', 'Risk', 'Risk_score'],
      ['Geo: country', 'Geo: country', 'Geo_country'],
    ] as const) {
      const other = [...columns, { ...custom, name, displayName }];
      const filtered = { search: '', time: null, filters: { [name]: ['high'] } };
      expect(formatAuditSearch(filtered, { columns: other })).toBe(`${typed}:high`);
      expect(parseAuditSearch(`${typed}:high`, { columns: other })).toMatchObject({
        query: filtered,
        problems: [],
      });
    }
    // When `_` for the space names another column, another of its own names is written.
    const taken: AuditColumn = { ...custom, name: 'Risk_score', displayName: 'Other' };
    const both = [...columns, taken, spaced];
    const other = formatAuditSearch(query, { columns: both });
    expect(other).toBe('login riskscore:high');
    expect(parseAuditSearch(other, { columns: both }).query).toEqual(query);
  });

  it('says where a field term’s field ends, quotes, escapes and a `:` in the name included', () => {
    const text = 'x -"a\\"ct:r":"a:b" actr:ada';
    const ends = parseAuditSearch(text).terms.map((term) => term.fieldEnd);
    expect(ends).toEqual([undefined, text.indexOf('"a:b"'), text.indexOf('ada')]);
  });

  it('writes a filter on a column that is no field yet so that it reads back as a problem, never as free text', () => {
    // Before the metadata arrives (or when it marks the column not filterable), a link's `audit.2fa=x` was
    // written `2fa:x`: editing the text and applying searched for the words "2fa:x" and dropped the filter,
    // without a word. `Risk score:high` became the word "Risk", `geo:country:x` an unknown field "geo".
    for (const [name, written] of [
      ['2fa', '"2fa":x'],
      ['Risk score', '"Risk score":x'],
      ['geo:country', '"geo:country":x'],
      ['say "hi"\\', '"say \\"hi\\"\\\\":x'],
      ['x-request-id', 'x-request-id:x'],
    ] as const) {
      const text = formatAuditSearch({ search: '', time: null, filters: { [name]: ['x'] } });
      expect(text).toBe(written);
      const edited = parseAuditSearch(`${text} login`);
      expect(edited.query).toEqual({ search: 'login', time: null, filters: {} });
      expect(edited.problems.map((term) => [term.fieldText, term.problem?.code])).toEqual([
        [name, 'unknown-field'],
      ]);
      // Once the metadata makes it a field, the same text is its filter.
      const known = [...columns, { ...custom, name, displayName: name }];
      expect(parseAuditSearch(`${text} login`, { columns: known })).toMatchObject({
        query: { search: 'login', filters: { [name]: ['x'] } },
        problems: [],
      });
    }
    // A hint's fix and a chosen suggestion keep the name as typed, quotes and all, so they read back as it.
    const level: AuditColumn = { ...custom, name: 'Risk level', displayName: 'Risk level', type: 'Severity' };
    const geo: AuditColumn = { ...custom, name: 'geo:country', displayName: 'Country' };
    expect(
      parseAuditSearch('"Risk level":hihg', { columns: [...columns, level] }).terms[0]?.hint?.replacement,
    ).toBe('"Risk level":High');
    const values = new Map([['geo:country', ['ES']]]);
    expect(
      auditSearchSuggestions('"geo:country":', 14, { columns: [...columns, geo], values })[0]?.text,
    ).toBe('"geo:country":ES ');
    // A quoted name is a field however it is spelled; a quoted word with no `:` after it stays free text.
    expect(parseAuditSearch('-"Risk score":x "Risk score" "a:b"').terms.map((term) => term.kind)).toEqual([
      'field',
      'text',
      'text',
    ]);
  });

  it('writes a filter on a column that is no field but named like a field so it reads back as that column', () => {
    // A link's `audit.user=7d` (a vendor's `user` column, not filterable, or the metadata not there yet) was
    // written `user:7d`, and quoting it did not help: `"user":7d` read back as the alias of actor. Editing the
    // search and applying turned the column's filter into an actor filter (`time:7d`, a time range) without a word.
    for (const name of ['user', 'actor', 'time', 'created', 'sev', 'User', 'userid', 'IP Address']) {
      const query = { search: '', time: null, filters: { [name]: ['7d'] } };
      const unfilterable = [...columns, { ...custom, name, displayName: name, filterable: false }];
      for (const set of [undefined, unfilterable]) {
        const text = formatAuditSearch(query, { columns: set });
        const edited = parseAuditSearch(`${text} login`, { columns: set, now });
        expect(edited.query).toEqual({ search: 'login', time: null, filters: {} });
        expect(edited.problems.map((term) => [term.fieldText, term.problem?.code])).toEqual([
          [name, 'unknown-field'],
        ]);
        expect(text).toBe(`"${name}":7d`);
      }
      // Once the metadata makes it a field, the same text is its filter, and its own names win over the alias.
      const known = [...columns, { ...custom, name, displayName: name }];
      expect(parseAuditSearch(`"${name}":7d login`, { columns: known, now })).toMatchObject({
        query: { ...query, search: 'login' },
        problems: [],
      });
      const written = formatAuditSearch(query, { columns: known });
      expect(parseAuditSearch(written, { columns: known, now })).toMatchObject({ query, problems: [] });
    }
    // What a user types bare keeps its meaning: the aliases and display names of the fields.
    expect(parseAuditSearch('user:bob actor:ada time:7d', { columns, now }).query).toEqual({
      search: '',
      time: { preset: '7d' },
      filters: { email: ['bob', 'ada'] },
    });
    // Typed in quotes, a field's alias is said to be no column's exact name, and the field is offered, not applied.
    expect(parseAuditSearch('"user":bob').problems[0]?.problem).toMatchObject({
      code: 'unknown-field',
      suggestion: 'actor',
    });
    // Suggestions read the name as the parser does: `"user":` offers no actor's values, `user:` does.
    const values = new Map([['email', ['ada@acme.test']]]);
    expect(auditSearchSuggestions('"user":', 7, { values })).toEqual([]);
    expect(auditSearchSuggestions('user:', 5, { values })[0]?.text).toBe('user:ada@acme.test ');
    // Names are data: `__proto__` and `constructor` read back as themselves, quoted or not.
    for (const name of ['__proto__', 'constructor']) {
      const query = {
        search: '',
        time: null,
        filters: JSON.parse(`{"${name}":["x"]}`) as Record<string, string[]>,
      };
      const text = formatAuditSearch(query);
      expect(parseAuditSearch(text).problems.map((term) => term.fieldText)).toEqual([name]);
      const known = [...columns, { ...custom, name, displayName: name }];
      for (const typed of [text, `"${name}":x`])
        expect(parseAuditSearch(typed, { columns: known })).toMatchObject({ query, problems: [] });
    }
  });

  it('writes and reads back a users filter (the user id), which no metadata lists, as the field users:', () => {
    // It was written `users:u-1` and read back as an unknown field ("Did you mean actor:?", the email): the
    // box's next apply dropped the filter and the list widened to every user.
    const query = { search: 'login', time: null, filters: { users: ['u-1', 'u 2'], severity: ['High'] } };
    for (const set of [undefined, columns]) {
      const text = formatAuditSearch(query, { columns: set });
      expect(text).toBe('login users:u-1,"u 2" severity:High');
      expect(parseAuditSearch(text, { columns: set })).toMatchObject({ query, problems: [] });
    }
    expect(parseAuditSearch('user_id:u-1 Users:u-2').query.filters).toEqual({ users: ['u-1', 'u-2'] });
    // A typo names users, not actor.
    expect(parseAuditSearch('usres:u-1').problems[0]!.problem?.suggestion).toBe('users');
    // A vendor's own `users` column is that field.
    const vendor: AuditColumn = { ...custom, name: 'users', displayName: 'Members' };
    expect(parseAuditSearch('members:a', { columns: [...columns, vendor] }).query.filters).toEqual({
      users: ['a'],
    });
  });

  it('on the legacy list, reads users: as no field, and points to the email field it can filter by', () => {
    // Read as applied, `users:u-1` showed unmarked while the legacy list (which never sends `users`) ignored it.
    const vendor: AuditColumn = { ...custom, name: 'users', displayName: 'Members' };
    for (const set of [undefined, columns, [...columns, vendor]]) {
      const { query, problems } = parseAuditSearch('login users:u-1', { columns: set, legacy: true });
      expect(query).toEqual({ search: 'login', time: null, filters: {} });
      expect(problems).toHaveLength(1);
      expect(problems[0]!.problem).toMatchObject({
        code: 'unknown-field',
        reason: 'legacy-user-id',
        suggestion: 'actor',
      });
      expect(problems[0]!.problem!.message).toMatch(/email/);
    }
    // The filter a link or a view holds is written as that term, so the box shows it marked.
    expect(formatAuditSearch({ search: '', time: null, filters: { users: ['u-1'] } }, { legacy: true })).toBe(
      'users:u-1',
    );
    // Its other names too; the email field is its own.
    expect(parseAuditSearch('userid:u-1', { legacy: true }).problems[0]!.problem?.reason).toBe(
      'legacy-user-id',
    );
    expect(parseAuditSearch('actor:a@b.c', { legacy: true }).query.filters).toEqual({ email: ['a@b.c'] });
  });

  it('writes a numbered name for a column none of whose own names can be typed and read back as it', () => {
    // `Risk score` beside a `Risk_score` with the same display name: every name of the first is the second's, so
    // it was written `Risk score:high` and read back as the word "Risk" and an unknown field. A name starting
    // with a digit cannot be typed as a field at all (`10:30` stays free text).
    const twin: AuditColumn = { ...custom, name: 'Risk_score', displayName: 'Risk score' };
    const spaced: AuditColumn = { ...custom, name: 'Risk score', displayName: 'Risk score' };
    const digit: AuditColumn = { ...custom, name: '2fa method', displayName: '2FA' };
    const named = [...columns, twin, spaced, digit];
    for (const [column, typed] of [
      ['Risk_score', 'Risk_score'],
      ['Risk score', 'Risk_score_2'],
      ['2fa method', '_2fa_method'],
    ] as const) {
      const query = { search: 'login', time: null, filters: { [column]: ['high'] } };
      const text = formatAuditSearch(query, { columns: named });
      expect(text).toBe(`login ${typed}:high`);
      expect(parseAuditSearch(text, { columns: named })).toMatchObject({ query, problems: [] });
    }
    // Not a name another column is typed by: `Risk_score_2` reads as `rs2`, shown "Risk score 2".
    const rs2: AuditColumn = { ...custom, name: 'rs2', displayName: 'Risk score 2' };
    const more = [...named, rs2];
    const query = { search: '', time: null, filters: { 'Risk score': ['high'] } };
    expect(formatAuditSearch(query, { columns: more })).toBe('Risk_score_3:high');
    expect(parseAuditSearch('Risk_score_2:high', { columns: more }).query.filters).toEqual({ rs2: ['high'] });
  });
});

describe('NOT, OR, AND and parentheses', () => {
  // Read as text they searched for "NOT" or "OR", and `(actor:a OR actor:b)` for "(actor:a OR" with actor "b)":
  // nothing matched, and nothing said why. The audits API takes none of them: they are refused, with the reason.
  it('refuses the bare upper-case words, saying why and how to search for the word', () => {
    const not = parseAuditSearch('NOT actor:a');
    expect(not.query).toEqual({ search: '', time: null, filters: { email: ['a'] } });
    expect(not.problems.map((term) => [term.raw, term.problem?.code, term.problem?.reason])).toEqual([
      ['NOT', 'boolean-unsupported', 'not-operator'],
    ]);
    expect(not.problems[0]!.problem?.suggestion).toBe('"NOT"');
    const or = parseAuditSearch('actor:a OR actor:b');
    expect(or.query).toEqual({ search: '', time: null, filters: { email: ['a', 'b'] } });
    expect(or.problems.map((term) => term.problem?.reason)).toEqual(['or-operator']);
    expect(or.problems[0]!.problem?.message).toMatch(/actor:a,b/);
    expect(parseAuditSearch('login AND logout').problems.map((term) => term.problem?.reason)).toEqual([
      'and-operator',
    ]);
  });

  it('refuses a term with a grouping parenthesis stuck to it, not reading it as text or a value', () => {
    const grouped = parseAuditSearch('(actor:a OR actor:b) login');
    expect(grouped.query).toEqual({ search: 'login', time: null, filters: {} });
    expect(grouped.problems.map((term) => [term.raw, term.problem?.reason])).toEqual([
      ['(actor:a', 'parenthesis'],
      ['OR', 'or-operator'],
      ['actor:b)', 'parenthesis'],
    ]);
    expect(parseAuditSearch('actor:(a,b)').problems.map((term) => term.problem?.reason)).toEqual([
      'parenthesis',
    ]);
  });

  it('searches for the words quoted or in lower case, and for balanced parentheses inside a word', () => {
    const text = parseAuditSearch('"NOT" or and getUser() actor:f(x) action:"(a)"');
    expect(text.problems).toEqual([]);
    expect(text.query).toEqual({
      search: 'NOT or and getUser()',
      time: null,
      filters: { email: ['f(x)'], action: ['(a)'] },
    });
  });

  it('writes such words and values so that they read back as text and values', () => {
    const query = {
      search: 'NOT (a b) OR AND x)',
      time: null,
      filters: { action: ['(x', 'y)', 'f(x)', 'OR'] },
    };
    const text = formatAuditSearch(query);
    expect(text).toBe('"NOT" "(a" "b)" "OR" "AND" "x)" action:"(x","y)","f(x)",OR');
    expect(parseAuditSearch(text)).toMatchObject({ query, problems: [] });
  });
});

describe('look-alike quotes and colons', () => {
  // Pasted from a document, a chat or a ticket, or typed by an input method: read as letters they filtered on
  // `“Ada` and searched for `Lovelace”`, or searched for `severity：high` as text, and said nothing.
  it.each([
    ['“…”', 'actor:“Ada Lovelace”'],
    ['„…“', 'actor:„Ada Lovelace“'],
    ['„…”', 'actor:„Ada Lovelace”'],
    ['«…»', 'actor:«Ada Lovelace»'],
    ['＂…＂ (full-width)', 'actor:＂Ada Lovelace＂'],
    ['”…” (Swedish, Finnish)', 'actor:”Ada Lovelace”'],
    ['「…」 (Japanese)', 'actor:「Ada Lovelace」'],
    ['『…』 (Japanese)', 'actor:『Ada Lovelace』'],
  ])('keeps a value in %s whole, not applied, with straight quotes one step away', (_, text) => {
    const { query, terms, problems } = parseAuditSearch(`login ${text}`);
    expect(query).toEqual({ search: 'login', time: null, filters: {} });
    expect(terms).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ raw: text, start: 6, end: 6 + text.length, kind: 'field' });
    expect(problems[0]!.problem).toMatchObject({
      code: 'look-alike',
      reason: 'quote',
      suggestion: 'actor:"Ada Lovelace"',
    });
    expect(problems[0]!.problem!.message).toContain('straight quotes');
    expect(parseAuditSearch(problems[0]!.problem!.suggestion!).query.filters).toEqual({
      email: ['Ada Lovelace'],
    });
  });

  it('reads a name before a full-width colon as that field, not applied, with ":" one step away', () => {
    const { query, problems } = parseAuditSearch('severity：high');
    expect(query).toEqual({ search: '', time: null, filters: {} });
    expect(problems[0]).toMatchObject({ kind: 'field', fieldText: 'severity', values: ['high'] });
    expect(problems[0]!.problem).toMatchObject({
      code: 'look-alike',
      reason: 'colon',
      suggestion: 'severity:high',
    });
    expect(problems[0]!.problem!.message).toContain('":"');
    expect(parseAuditSearch('severity:high').query.filters).toEqual({ severity: ['High'] });
    // Both at once: one fix for the term.
    expect(parseAuditSearch('actor：“Ada L”').problems[0]!.problem).toMatchObject({
      reason: 'colon',
      suggestion: 'actor:"Ada L"',
    });
  });

  // `-actor：“Ada L”` offered `-actor:"Ada L"`, refused again as a negation: a button to a dead end.
  it.each([
    ['-actor：“Ada L”', 'negation-unsupported', undefined],
    ['-“two words”', 'negation-unsupported', undefined],
    ['actor：>x', 'operator-unsupported', undefined],
    ['action：>a,“b c”', 'operator-unsupported', undefined],
    ['actor：', 'empty-value', undefined],
    ['created：>nope', 'invalid-value', undefined],
    ['created：>=2026-11-01', 'look-alike', 'created:>=2026-11-01'],
    ['severity：hgh', 'look-alike', 'severity:hgh'],
    ['action:“a”,«b»', 'look-alike', 'action:"a","b"'],
    // The fix's own fix, which applies: the value in quotes.
    ['actor：-bob', 'negation-unsupported', 'actor:"-bob"'],
  ] as const)(
    'offers the fix for %s only where it applies, else says what the fix would be told',
    (text, code, suggestion) => {
      const { query, problems } = parseAuditSearch(text, { now });
      expect(query).toEqual({ search: '', time: null, filters: {} });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ raw: text, problem: { code } });
      expect(problems[0]!.problem?.suggestion).toBe(suggestion);
      if (code !== 'look-alike') {
        const fixed = text.replace('：', ':').replace(/[“”«»]/g, '"');
        expect(problems[0]!.problem).toEqual(parseAuditSearch(fixed, { now }).problems[0]!.problem);
      }
    },
  );

  it('offers only fixes that apply where the term stands: each one read back has no problem', () => {
    const texts = [
      ...[
        'actor：“Ada L”',
        '-actor：“Ada L”',
        'actor：>x',
        'actor：',
        '-“a b”',
        '“two words”',
        '«OR»',
        '(“a b”',
      ],
      ...[
        'severity：high',
        'severity：hgh',
        'created：>nope',
        'created：>=2026-11-01',
        'actor：-bob',
        '注意：“重要”',
      ],
      ...['“actor”：x', 'action:“a”,«b»', 'actor:“Ada Love', 'users：u-1', 'action：“(x”', 'ip：«10.0.0.1»'],
    ];
    const offered: string[] = [];
    for (const options of [{ now }, { now, columns, legacy: true }]) {
      for (const text of texts) {
        for (const term of parseAuditSearch(text, options).problems) {
          const fix = term.problem?.suggestion;
          if (term.problem?.code !== 'look-alike' || fix === undefined) continue;
          offered.push(fix);
          expect(parseAuditSearch(fix, options).problems, `${text} → ${fix}`).toEqual([]);
        }
      }
    }
    expect(offered).toContain('actor:"Ada L"');
    // Where it stands: a second range that does not narrow the first is told so, and offered nothing.
    const conflict = parseAuditSearch('created:>=2026-11-05 created：<2026-11-01', { now });
    expect(conflict.problems).toMatchObject([{ problem: { code: 'conflict' } }]);
    expect(conflict.problems[0]!.problem?.suggestion).toBeUndefined();
    // One that would apply is read and undone: the terms after it read as if it were not there.
    const after = parseAuditSearch('“two words” created：>=2026-11-01 created:<=2026-11-03 login', { now });
    expect(after.query).toEqual({ search: 'login', time: { to: '2026-11-03T23:59:59.999Z' }, filters: {} });
    expect(after.problems.map((term) => term.problem?.suggestion)).toEqual([
      '"two words"',
      'created:>=2026-11-01',
    ]);
  });

  it('escapes what the straight quotes must escape, so the fix searches for exactly the text in the marks', () => {
    const value = 'say "hi" \\\\ C:\\tmp\\';
    const [term] = parseAuditSearch(`action:“${value}”`).problems;
    expect(parseAuditSearch(term!.problem!.suggestion!).query.filters).toEqual({ action: [value] });
    // Free text too; one never closed takes its own piece only, so the terms after it still apply.
    expect(parseAuditSearch('“two words”').problems[0]!.problem!.suggestion).toBe('"two words"');
    expect(parseAuditSearch('actor:“Ada Love')).toMatchObject({
      problems: [{ raw: 'actor:“Ada', problem: { code: 'look-alike', suggestion: 'actor:"Ada"' } }],
      query: { search: 'Love' },
    });
  });

  // German and Danish quote »so«; a stray or unclosed mark once ran to the end of the text and took every filter
  // after it with it.
  it('keeps the terms after a quoted or stray mark applied: »…«, and one never closed', () => {
    const german = parseAuditSearch('Bericht »Q3« severity:high');
    expect(german.query.filters).toEqual({ severity: ['High'] });
    expect(german.problems).toMatchObject([{ raw: '»Q3«', problem: { suggestion: '"Q3"' } }]);
    // Japanese quotes with no space around them, and a single quote's apostrophe, which is no quote.
    const japanese = parseAuditSearch('「ログイン」 severity:high O’Brien ‘x’');
    expect(japanese.query).toMatchObject({ search: 'O’Brien ‘x’', filters: { severity: ['High'] } });
    expect(japanese.problems).toMatchObject([{ raw: '「ログイン」', problem: { suggestion: '"ログイン"' } }]);
    const unclosed = parseAuditSearch('«Q3 severity:high');
    expect(unclosed.query.filters).toEqual({ severity: ['High'] });
    expect(unclosed.problems).toMatchObject([{ raw: '«Q3', problem: { suggestion: '"Q3"' } }]);
  });

  // French typing puts a (no-break) space inside « »: it is no part of the value.
  it.each([
    ['spaces', 'action:« Créer »'],
    ['no-break spaces', 'action:«\u00a0Créer\u202f»'],
  ])('leaves the %s inside « » out of the fix', (_, text) => {
    const [term] = parseAuditSearch(text).problems;
    expect(term!.problem!.suggestion).toBe('action:"Créer"');
    expect(parseAuditSearch(term!.problem!.suggestion!).query.filters).toEqual({ action: ['Créer'] });
  });

  it('searches for the marks as written inside straight quotes, and for text before a colon no field has', () => {
    expect(parseAuditSearch('action:"Renamed “Q3”" "«x»" "a：b"')).toMatchObject({
      problems: [],
      query: { search: '«x» a：b', filters: { action: ['Renamed “Q3”'] } },
    });
    // A Japanese phrase with a full-width colon is no field term: text, as it always was.
    expect(parseAuditSearch('注意：重要')).toMatchObject({ problems: [], query: { search: '注意：重要' } });
    // A closing mark alone opens nothing.
    expect(parseAuditSearch('Lovelace” a»')).toMatchObject({
      problems: [],
      query: { search: 'Lovelace” a»' },
    });
  });

  it('writes values and words holding the marks so they read back the same', () => {
    const query = {
      search: '“Q3” actor：x 「検索」 »h',
      time: null,
      filters: { action: ['“Q3”', '«a»', '＂b＂', '„c“', '”d”', '「e」', '『f』', '»g'], email: ['a：b'] },
    };
    const text = formatAuditSearch(query);
    expect(parseAuditSearch(text)).toMatchObject({ problems: [], query });
  });
});

describe('comparisons written without the colon', () => {
  // `created>=2026-11-01`, as other query languages write it, was searched for as text: the API matched nothing
  // and the table came back empty, without a word.
  it.each([
    ['created>=2026-11-01', 'created:>=2026-11-01', { from: '2026-11-01T00:00:00.000Z' }],
    ['time>today', 'time:>today', { from: '2026-12-01T00:00:00.000Z' }],
    ['Created<2026-11-01', 'Created:<2026-11-01', { to: '2026-10-31T23:59:59.999Z' }],
    ['DATE<=yesterday', 'DATE:<=yesterday', { to: '2026-11-29T23:59:59.999Z' }],
  ])('marks %s as not applied, with the term and its ":" one step away', (text, fixed, time) => {
    const { query, problems } = parseAuditSearch(`login ${text} severity:high`, { now });
    expect(query).toEqual({ search: 'login', time: null, filters: { severity: ['High'] } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ raw: text, start: 6, end: 6 + text.length, kind: 'field' });
    expect(problems[0]!.field?.column).toBe('createdAt');
    expect(problems[0]!.problem).toMatchObject({
      code: 'look-alike',
      reason: 'comparison',
      suggestion: fixed,
    });
    expect(problems[0]!.problem!.message).toContain(`Write: ${fixed}.`);
    expect(parseAuditSearch(fixed, { now })).toMatchObject({ problems: [], query: { time } });
  });

  // Offered for any field, the fix was refused again (`action:>x`: only times compare), a button to a dead end.
  it.each([
    ['created>=2026-11-01', {}, 'look-alike', 'created:>=2026-11-01'],
    ['time>today', {}, 'look-alike', 'time:>today'],
    ['action>x', {}, 'operator-unsupported', undefined],
    ['Department<R&D', {}, 'operator-unsupported', undefined],
    ['sev>=high', {}, 'operator-unsupported', undefined],
    ['ip>10', {}, 'operator-unsupported', undefined],
    ['actor>=bob', {}, 'operator-unsupported', undefined],
    ['action>a,“b c”', {}, 'operator-unsupported', undefined],
    ['-created>x', {}, 'negation-unsupported', undefined],
    ['-created>2026-11-01', {}, 'negation-unsupported', undefined],
    ['created>nope', {}, 'invalid-value', undefined],
    // The email field to filter by there, as `users:>u-1` is told (never a fix of the term: see SearchProblems).
    ['users>u-1', { legacy: true }, 'unknown-field', 'actor'],
  ] as const)(
    'offers the term with its ":" for %s only where it applies, else says what that term would be told',
    (text, extra, code, suggestion) => {
      const options = { columns, now, ...extra };
      const { query, problems } = parseAuditSearch(text, options);
      expect(query).toEqual({ search: '', time: null, filters: {} });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ raw: text, kind: 'field', problem: { code } });
      expect(problems[0]!.problem?.suggestion).toBe(suggestion);
      // Every fix offered reads, with the same options, as a term that applies.
      if (suggestion) expect(parseAuditSearch(suggestion, options).problems).toEqual([]);
      if (code !== 'look-alike') {
        // What the term with its `:` (and straight quotes) is told, word for word: `">" compares times only…`.
        const colon = text.replace(/^(-?[^<>]+)/, '$1:').replace(/[“”]/g, '"');
        expect(problems[0]!.problem).toEqual(parseAuditSearch(colon, options).problems[0]!.problem);
      }
    },
  );

  it('offers the fix where it stands: after a range it does not narrow, it is told so, and nothing applies', () => {
    const conflict = parseAuditSearch('created:>=2026-11-05 created<2026-11-01', { now });
    expect(conflict.query.time).toEqual({ from: '2026-11-05T00:00:00.000Z' });
    expect(conflict.problems).toMatchObject([{ raw: 'created<2026-11-01', problem: { code: 'conflict' } }]);
    expect(conflict.problems[0]!.problem?.suggestion).toBeUndefined();
    // One that would apply is read and undone: the range after it applies alone.
    const after = parseAuditSearch('created>=2026-11-01 created:<=2026-11-03', { now });
    expect(after.query.time).toEqual({ to: '2026-11-03T23:59:59.999Z' });
    expect(after.problems.map((term) => term.problem?.suggestion)).toEqual(['created:>=2026-11-01']);
  });

  // A name may end in `-`, `_` or `.`, which a display name's lookup ignores: `user->admin` read as `user` and `>`.
  it('keeps an arrow after a field name as the text it always was', () => {
    const text =
      'user->admin time->now created->x user<-admin user<->admin user_>x time.>x a<=>b action<>login';
    expect(parseAuditSearch(text, { columns, now })).toMatchObject({
      problems: [],
      query: { search: text, time: null, filters: {} },
    });
    const query = { search: text, time: null, filters: {} };
    expect(parseAuditSearch(formatAuditSearch(query), { columns, now })).toMatchObject({
      problems: [],
      query,
    });
  });

  it('keeps quoted text, text before no field, and the term with its colon as they were', () => {
    expect(parseAuditSearch('"a>b" 5>3 x>y <created> created:>=2026-11-01', { now })).toMatchObject({
      problems: [],
      query: { search: 'a>b 5>3 x>y <created>', time: { from: '2026-11-01T00:00:00.000Z' } },
    });
  });

  it('marks it on the legacy list too, users as well, whose fix names the field to use there', () => {
    const legacy = parseAuditSearch('created>=2026-11-01 users>u-1', { legacy: true, now });
    expect(legacy.query).toEqual({ search: '', time: null, filters: {} });
    expect(
      legacy.problems.map((term) => [term.problem?.code, term.problem?.reason, term.problem?.suggestion]),
    ).toEqual([
      ['look-alike', 'comparison', 'created:>=2026-11-01'],
      // Told as `users:>u-1` is: the log cannot filter by user id; the email field, `actor`, is the one there.
      ['unknown-field', 'legacy-user-id', 'actor'],
    ]);
    expect(legacy.problems[1]!.problem?.message).toMatch(/"actor:"/);
  });

  it('writes free text of that shape in quotes, so it reads back as the text it was', () => {
    const query = { search: 'created>=2026-11-01 x>y', time: null, filters: {} };
    const text = formatAuditSearch(query);
    expect(text).toBe('"created>=2026-11-01" "x>y"');
    expect(parseAuditSearch(text)).toMatchObject({ problems: [], query });
  });
});
