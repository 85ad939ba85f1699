import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearGrowthLimit, timeGrowth } from '../../../../test/support/timeGrowth.ts';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { auditTimePresets } from '../query/AuditQuery.ts';
import { firstSupportedInstant, lastSupportedInstant } from '../query/supportedInstants.ts';
import type { AuditSearchQuery } from './auditSearch.types.ts';
import { auditSearchFields } from './auditSearchFields.ts';
import { auditSeverities } from './auditSeverities.ts';
import { formatAuditSearch } from './formatAuditSearch.ts';
import { parseAuditSearch } from './parseAuditSearch.ts';

const hostileNames = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const columnName = fc.oneof(
  fc.constantFrom(...hostileNames),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/),
  // A vendor's name with spaces, which text cannot hold as a field name: written another way, read back as it.
  fc.stringMatching(/^Zq[a-z0-9]{0,5}( [A-Za-z0-9]{1,6}){1,2}$/),
  // Names that differ only in case, spaces, `-` or `_`, or that start with a digit: some get a numbered name.
  fc.constantFrom('Zq score', 'Zq_score', 'zq-score', 'ZQ SCORE', '2fa method', '2fa_method', 'Email'),
);
const customColumns = fc.uniqueArray(columnName, { maxLength: 4 }).map((names): AuditColumn[] =>
  names
    .filter((name) => !defaultAuditColumns.some((column) => column.name === name))
    .map((name) => ({
      name,
      displayName: name,
      type: 'AlphaNumeric',
      sortable: true,
      filterable: true,
      showInTable: true,
      showInMoreInfo: true,
    })),
);
const zones = fc.constantFrom(
  'UTC',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
);
const dayMs = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const instant = fc.oneof(
  { arbitrary: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), weight: 4 },
  { arbitrary: fc.integer({ min: firstSupportedInstant, max: lastSupportedInstant }), weight: 1 },
  // The ends of the years 0001 to 9999, where a zone's wall clock is in the year 0000 or 10000.
  {
    arbitrary: fc.integer({ min: firstSupportedInstant, max: firstSupportedInstant + 2 * dayMs }),
    weight: 1,
  },
  { arbitrary: fc.integer({ min: lastSupportedInstant - 2 * dayMs, max: lastSupportedInstant }), weight: 1 },
  {
    // Midnights (whole days) and the instants just before them, in the zones below, at both ends.
    arbitrary: fc.constantFrom(
      firstSupportedInstant,
      lastSupportedInstant,
      at('0001-01-02T00:00:00.000Z'),
      at('0001-01-01T04:56:02.000Z'),
      at('0001-01-01T04:56:01.999Z'),
      at('9999-12-31T00:00:00.000Z'),
      at('9999-12-30T23:59:59.999Z'),
      at('9999-12-31T05:00:00.000Z'),
      at('9999-12-31T04:59:59.999Z'),
      at('9999-12-30T18:30:00.000Z'),
      at('9999-12-31T18:30:00.000Z'),
      at('9999-12-31T18:29:59.999Z'),
    ),
    weight: 1,
  },
);
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
// Empty values are no filter (toListParams drops them), so they are outside the expressible space.
const someValues = fc.uniqueArray(
  fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
    fc.constantFrom('a,b', '"', '\\', '..', '>x', '-x', ' '),
  ),
  {
    minLength: 1,
    maxLength: 3,
  },
);

// Any severity: the five as the API writes them, or any other value (Frontegg's data carries `Attention`) that is
// not one of the five in another case (that one is written as the API writes it).
const isLevel = (value: string) =>
  auditSeverities.some((level) => level.toLowerCase() === value.toLowerCase());
const severities = fc.uniqueArray(
  fc.oneof(
    fc.constantFrom(...auditSeverities, 'Attention', '__proto__', 'constructor'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((value) => !isLevel(value)),
  ),
  { minLength: 1, maxLength: 4 },
);

/** A query in the space the text can express: filters on filterable columns, whole-day or exact times. */
const searchQuery = (columns: readonly AuditColumn[]) =>
  fc.record({
    search: fc.oneof(anyText, fc.constantFrom('actor:x', '-y', 'a  b', ' lead', '"q"')),
    time: fc.oneof(
      fc.constant(null),
      fc.constantFrom(...auditTimePresets).map((preset) => ({ preset })),
      fc
        .tuple(fc.option(instant, { nil: undefined }), fc.option(instant, { nil: undefined }))
        .filter(([from, to]) => from !== undefined || to !== undefined)
        .map(([a, b]) => {
          const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
          return {
            ...(from !== undefined && { from: new Date(from).toISOString() }),
            ...(to !== undefined && { to: new Date(to).toISOString() }),
          };
        }),
    ),
    filters: fc
      .tuple(
        fc.subarray(
          columns
            .filter((column) => column.filterable && column.name !== 'createdAt')
            .map((column) => column.name),
        ),
        fc.array(someValues, { minLength: 6, maxLength: 6 }),
        severities,
      )
      .map(([names, lists, severities]) =>
        Object.fromEntries(
          names.map((name, index) => [name, name === 'severity' ? severities : lists[index]!]),
        ),
      ),
  }) as fc.Arbitrary<AuditSearchQuery>;

describe('search language properties', () => {
  it('format then parse gives back the same query, and the text has no problems', () => {
    fc.assert(
      fc.property(
        customColumns.chain((extra) => {
          const columns = [...defaultAuditColumns, ...extra];
          return fc.tuple(fc.constant(columns), searchQuery(columns), zones);
        }),
        ([columns, query, timeZone]) => {
          const text = formatAuditSearch(query, { columns, timeZone });
          const parsed = parseAuditSearch(text, { columns, timeZone });
          expect(parsed.problems).toEqual([]);
          expect(parsed.query).toEqual(query);
          expect(formatAuditSearch(parsed.query, { columns, timeZone })).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a filter on any column that is no search field so that it reads back as that unknown field', () => {
    // Never as free text: the text's next apply would search for the name and drop the filter without a word.
    // Never as another field either, when the column is called like one of its names (`user`, `Time`, `IP
    // Address`): the next apply would turn the column's filter into an actor or a time filter.
    const fields = auditSearchFields(defaultAuditColumns);
    const fieldNames = fields.list.flatMap((field) => [field.name, field.displayName, ...field.names]);
    fc.assert(
      fc.property(
        fc
          .oneof(
            fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
            columnName,
            fc.constantFrom(...fieldNames, 'USER', 'Ip_Address', 'created_at'),
          )
          .filter((name) => fields.byColumn(name) === undefined),
        someValues,
        (name, values) => {
          const text = formatAuditSearch({ search: 'login', time: null, filters: { [name]: values } });
          const parsed = parseAuditSearch(`${text} more`);
          expect(parsed.query.search).toBe('login more');
          expect(parsed.problems.map((term) => [term.fieldText, term.problem?.code])).toEqual([
            [name, 'unknown-field'],
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parse then format then parse is stable for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), zones, (text, timeZone) => {
        const once = parseAuditSearch(text, { timeZone }).query;
        const again = parseAuditSearch(formatAuditSearch(once, { timeZone }), { timeZone }).query;
        expect(again).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on hostile text, keeps keys plain, and places every term inside the text', () => {
    const pieces = fc.constantFrom(
      '__proto__:x',
      'constructor:y',
      'prototype:1',
      '"',
      '\\"',
      '-',
      '--a:b',
      'actor:"unclosed',
      'created:..',
      'created:>>',
      'severity:,,,',
      '\u0000',
      '\u202e',
      '\r\n\t',
      ':',
      'a:',
      '"x":y',
      '\ud800',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary' })), { maxLength: 30 }), (parts) => {
        const text = parts.join(fc.sample(fc.constantFrom(' ', '', '  '), 1)[0]!);
        const parsed = parseAuditSearch(text);
        expect(Object.getPrototypeOf(parsed.query.filters)).toBe(Object.prototype);
        for (const [key, values] of Object.entries(parsed.query.filters)) {
          expect(Object.hasOwn(parsed.query.filters, key)).toBe(true);
          expect(Array.isArray(values)).toBe(true);
        }
        for (const term of parsed.terms) expect(text.slice(term.start, term.end)).toBe(term.raw);
      }),
      { numRuns: 500 },
    );
  });

  it('reads any date of the years 0000 to 9999 in any zone: applied and written back, or refused', () => {
    const pad = (value: number, width = 2) => String(value).padStart(width, '0');
    const year = fc.oneof(
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 9998, max: 9999 }),
      fc.integer({ min: 0, max: 9999 }),
    );
    const date = fc
      .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
    const value = fc.oneof(
      date,
      fc
        .tuple(date, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([d, h, m]) => `${d}T${pad(h)}:${pad(m)}`),
      fc
        .tuple(date, fc.constantFrom('Z', '+14:00', '-12:00', '+05:30'))
        .map(([d, zone]) => `${d}T23:59:59.999${zone}`),
      fc.tuple(date, date).map(([a, b]) => `${a}..${b}`),
    );
    fc.assert(
      fc.property(fc.constantFrom('', '>', '>=', '<', '<='), value, zones, (operator, text, timeZone) => {
        const term = `created:${operator}${text}`;
        const parsed = parseAuditSearch(term, { timeZone });
        for (const problem of parsed.problems) expect(problem.problem?.code).toBe('invalid-value');
        if (text.startsWith('0000')) expect(parsed.problems).toHaveLength(1);
        const written = formatAuditSearch(parsed.query, { timeZone });
        expect(parseAuditSearch(written, { timeZone })).toMatchObject({ query: parsed.query, problems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('reads a megabyte of quotes and escapes in linear time', () => {
    const textOf = (size: number) => `${'"a\\" b:'.repeat(size)} actor:${'x'.repeat(size)}`;
    expect(parseAuditSearch(textOf(150_000)).terms.length).toBeGreaterThan(0);
    // A guard against quadratic blow-up, not a speed claim (bench/ measures speed).
    expect(timeGrowth(textOf, parseAuditSearch, 40_000)).toBeLessThan(linearGrowthLimit);
  });
});
