import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { columnChoiceNamePattern } from './columnNamePattern.ts';
import { mergeColumnPreferences } from '../react/mergeColumnPreferences.ts';
import { columnsFromSearch, columnsOverLimitReason, columnsToSearch } from './columnsSearch.ts';
import { queryFromSearch } from './queryFromSearch.ts';
import { queryToSearch } from './queryToSearch.ts';

const columns = defaultAuditColumns;
/** What a choice shows among `metadata`, as the table reads it: names not in it follow the vendor's defaults. */
const shows = (
  metadata: readonly AuditColumn[],
  choice: { order: readonly string[]; visible: readonly string[] } | undefined,
) => mergeColumnPreferences(metadata, choice).visible;
const defaultVisible = columns.filter((column) => column.showInTable).map((column) => column.name);
const columnName = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_]{1,20}$/),
  fc.constantFrom('__proto__', 'constructor', 'cols', 'q', ...columns.map((column) => column.name)),
  // Any name a vendor may give: the list escapes its own separators.
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: 12 })
    .filter((name) => columnChoiceNamePattern.test(name)),
  fc.constantFrom('a,b', '-x', 'x\\', '\\,', ',', '-', ' '),
);

describe('column list in the URL', () => {
  it('writes one readable key after the query keys, and none for the defaults', () => {
    const choice = {
      order: ['email', 'createdAt', 'ip', 'action', 'severity'],
      visible: ['email', 'createdAt'],
    };
    expect(columnsToSearch(choice, { columns, base: '?tab=audit&audit.q=login' })).toBe(
      'tab=audit&audit.q=login&audit.cols=email,-ip,-action',
    );
    expect(
      columnsToSearch({ order: defaultVisible, visible: defaultVisible }, { columns, base: '?tab=a' }),
    ).toBe('tab=a');
    expect(columnsToSearch(undefined, { columns, base: '?audit.cols=ip&tab=a' })).toBe('tab=a');
  });

  it("gives the output columnsToSearch's own example promises", () => {
    // Only the hidden columns `order` names are written: action and description, not in it, are not hidden by it.
    expect(
      columnsToSearch(
        { order: ['email', 'createdAt', 'ip'], visible: ['email', 'createdAt'] },
        { columns: defaultAuditColumns, base: '?tab=audit&audit.q=login' },
      ),
    ).toBe('tab=audit&audit.q=login&audit.cols=email,-ip');
  });

  it('replaces its key in place and leaves every other key byte for byte', () => {
    const base = '?x=%E2%9C%93&audit.cols=ip&flag&audit.page=3&other.cols=a';
    expect(columnsToSearch({ order: ['email'], visible: ['email'] }, { columns, base })).toBe(
      'x=%E2%9C%93&audit.cols=email&flag&audit.page=3&other.cols=a',
    );
    expect(
      columnsToSearch({ order: ['email'], visible: ['email'] }, { columns, prefix: 'other', base }),
    ).toBe('x=%E2%9C%93&audit.cols=ip&flag&audit.page=3&other.cols=email');
  });

  it('is left alone by the query codec, which never reads it as a filter', () => {
    const base = '?audit.cols=ip,email&audit.q=old';
    expect(queryToSearch({ ...defaultAuditQuery, search: 'new' }, { base })).toBe(
      'audit.cols=ip,email&audit.q=new',
    );
    expect(queryFromSearch(base).filters).toEqual({});
    // A filter on a column named `cols` moves out of the way.
    const search = queryToSearch({ ...defaultAuditQuery, filters: { cols: ['x'] } });
    expect(search).toBe('audit.f.cols=x');
    expect(queryFromSearch(search).filters).toEqual({ cols: ['x'] });
  });

  it('drops names no column can have, repeats, and lists with nothing visible', () => {
    expect(
      columnsFromSearch(`?audit.cols=ip,%07x,ip,,-email,-ip,${'n'.repeat(201)},-,email,geo.country`),
    ).toEqual({
      order: ['ip', 'geo.country', 'email'],
      visible: ['ip', 'geo.country'],
    });
    expect(columnsFromSearch('?audit.cols=-ip,-email')).toBeUndefined();
    expect(columnsFromSearch('?audit.cols=')).toBeUndefined();
    expect(columnsFromSearch('?audit.q=x')).toBeUndefined();
    expect(columnsFromSearch('?audit.cols=%E0%A4%A')).toBeUndefined();
  });

  it('carries a vendor column named with a space, a comma, a backslash or a leading `-`', () => {
    const names = ['Risk score', 'a,b', 'c\\', '-minus', 'a', 'b'];
    // `a,b` is hidden by default, so the link names every visible column up to it.
    const metadata = names.map((name) => ({ ...columns[0]!, name, showInTable: name !== 'a,b' }));
    const choice = {
      order: ['b', 'Risk score', 'a,b', 'c\\', '-minus', 'a'],
      visible: ['b', 'Risk score', 'a,b'],
    };
    const search = columnsToSearch(choice, { columns: metadata });
    expect(search).toBe('audit.cols=b,Risk+score,a%5C,b,-c%5C%5C,-%5C-minus,-a');
    expect(columnsFromSearch(search)).toEqual(choice);
    // A list of two names is not the one name they make with a comma between.
    const two = metadata.filter((column) => column.name === 'a' || column.name === 'b');
    expect(
      columnsFromSearch(columnsToSearch({ order: ['a,b'], visible: ['a,b'] }, { columns: two })),
    ).toEqual({
      order: ['a,b'],
      visible: ['a,b'],
    });
  });

  it('keeps a hidden vendor column named with brackets hidden, and old links read as before', () => {
    // `meta[ip]` is shown by default; hiding it must survive the link, not come back after the merge.
    const metadata = [...columns, { ...columns[0]!, name: 'meta[ip]', showInTable: true }];
    const visibleNames = metadata.filter((column) => column.showInTable).map((column) => column.name);
    const choice = {
      order: [...visibleNames.filter((name) => name !== 'meta[ip]'), 'meta[ip]'],
      visible: visibleNames.filter((name) => name !== 'meta[ip]'),
    };
    const search = columnsToSearch(choice, { columns: metadata });
    expect(shows(metadata, columnsFromSearch(search))).toEqual(shows(metadata, choice));
    expect(columnsFromSearch(search)?.order).toContain('meta[ip]');
    expect(columnsFromSearch('?audit.cols=[a],-b%5D,-__proto__,constructor')).toEqual({
      order: ['[a]', 'constructor', 'b]', '__proto__'],
      visible: ['[a]', 'constructor'],
    });
    expect(columnsFromSearch('?audit.cols=email,-ip')).toEqual({
      order: ['email', 'ip'],
      visible: ['email'],
    });
  });

  it('round-trips any choice among any columns', () => {
    const columnSet = fc
      .uniqueArray(columnName, { minLength: 1, maxLength: 12 })
      .chain((names) =>
        fc.tuple(
          fc.constant(names),
          fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }),
          fc.shuffledSubarray(names, { minLength: 1 }),
        ),
      );
    fc.assert(
      fc.property(columnSet, fc.constantFrom('audit', 'x', ''), ([names, shown, visible], prefix) => {
        const metadata: AuditColumn[] = names.map((name, index) => ({
          ...columns[0]!,
          name,
          showInTable: shown[index] ?? false,
        }));
        const order = [...visible, ...names.filter((name) => !visible.includes(name))];
        const search = columnsToSearch({ order, visible }, { columns: metadata, prefix, base: '?keep=1' });
        expect(search.startsWith('keep=1')).toBe(true);
        const back = columnsFromSearch(search, { prefix });
        const defaults = metadata.filter((column) => column.showInTable).map((column) => column.name);
        if (visible.join() === defaults.join()) expect(back).toBeUndefined();
        else {
          // Only what differs from the defaults is written; read with them, the same columns show.
          expect(shows(metadata, back)).toEqual(shows(metadata, { order, visible }));
          // Every hidden column the vendor would show is named, so it stays hidden.
          for (const column of metadata)
            if (column.showInTable && !visible.includes(column.name))
              expect(back?.order).toContain(column.name);
        }
      }),
    );
  });

  it('parses any hostile query string without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (junk) => {
        for (const search of [junk, `?audit.cols=${junk}`, `audit.cols=${encodeURIComponent(junk)}`]) {
          const parsed = columnsFromSearch(search);
          for (const name of parsed?.order ?? []) expect(name).toMatch(columnChoiceNamePattern);
          expect(() => columnsToSearch(parsed, { columns, base: search })).not.toThrow();
        }
      }),
    );
  });
});

describe('column list in the URL among hundreds of vendor columns', () => {
  /** `count` vendor columns `c0`…, all shown by default but those `hiddenByDefault` says. */
  const many = (count: number, hiddenByDefault = (_index: number) => false): AuditColumn[] =>
    Array.from({ length: count }, (_, index) => ({
      ...columns[0]!,
      name: `c${index}`,
      showInTable: !hiddenByDefault(index),
    }));
  const names = (metadata: readonly AuditColumn[]) => metadata.map((column) => column.name);

  it('keeps a column hidden among 320 through the link (it came back visible: the list was cut at 300)', () => {
    const metadata = many(320);
    const order = names(metadata);
    const choice = { order, visible: order.filter((name) => name !== 'c319') };
    const search = columnsToSearch(choice, { columns: metadata, base: '?tab=1' });
    // Only what differs from the defaults: a short link, not 320 names.
    expect(search).toBe('tab=1&audit.cols=c0,-c319');
    expect(shows(metadata, columnsFromSearch(search))).toEqual(choice.visible);
    expect(shows(metadata, columnsFromSearch(search))).not.toContain('c319');
  });

  it('round-trips any choice among 301 to 500 columns', () => {
    const choices = fc.integer({ min: 301, max: 500 }).chain((count) =>
      fc.tuple(
        fc.constant(count),
        fc.array(fc.integer({ min: 0, max: count - 1 }), { maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: count - 1 }), fc.integer({ min: 0, max: count - 1 })), {
          maxLength: 5,
        }),
        fc.integer({ min: 2, max: 7 }),
      ),
    );
    fc.assert(
      fc.property(choices, ([count, hide, moves, every]) => {
        const metadata = many(count, (index) => index % every === 0 && index > 0);
        const order = names(metadata);
        for (const [from, to] of moves) order.splice(to, 0, ...order.splice(from, 1));
        const hidden = new Set(hide.map((index) => `c${index}`));
        const shown = new Set(metadata.filter((column) => column.showInTable).map((column) => column.name));
        const visible = order.filter((name) => (shown.has(name) && !hidden.has(name)) || name === order[0]);
        const search = columnsToSearch({ order, visible }, { columns: metadata });
        expect(shows(metadata, columnsFromSearch(search) ?? { order: [], visible: [] })).toEqual(
          shows(metadata, { order, visible }),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('reads a list over the bound as no choice, not as its first names, and says beforehand why', () => {
    const metadata = many(1200);
    const reversed = names(metadata).reverse();
    const choice = { order: reversed, visible: reversed };
    expect(columnsOverLimitReason(choice, { columns: metadata })).toEqual({
      code: 'too-many-column-names',
      limit: 1000,
      // The last, c0, follows from the defaults.
      count: 1199,
      message: 'A link carries at most 1000 column names; this column choice needs 1199.',
    });
    expect(columnsFromSearch(columnsToSearch(choice, { columns: metadata }))).toBeUndefined();
    // The same columns hidden but in the vendor's order: a short link, within the bound.
    const order = names(metadata);
    const fewer = { order, visible: order.filter((name) => name !== 'c7') };
    expect(columnsOverLimitReason(fewer, { columns: metadata })).toBeUndefined();
    // Names are data: `__proto__` and `constructor` are columns like any other.
    const odd = [...metadata, { ...columns[0]!, name: '__proto__' }, { ...columns[0]!, name: 'constructor' }];
    const oddOrder = names(odd);
    const hideProto = { order: oddOrder, visible: oddOrder.filter((name) => name !== '__proto__') };
    expect(shows(odd, columnsFromSearch(columnsToSearch(hideProto, { columns: odd })))).toEqual(
      hideProto.visible,
    );
  });
});
