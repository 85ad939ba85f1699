import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { columnChoiceNamePattern } from './columnNamePattern.ts';
import { columnsFromSearch, columnsToSearch } from './columnsSearch.ts';
import { queryFromSearch } from './queryFromSearch.ts';
import { queryToSearch } from './queryToSearch.ts';

const columns = defaultAuditColumns;
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
      'tab=audit&audit.q=login&audit.cols=email,createdAt,-ip,-action',
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
    ).toBe('tab=audit&audit.q=login&audit.cols=email,createdAt,-ip');
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
    const metadata = names.map((name) => ({ ...columns[0]!, name, showInTable: true }));
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
    expect(columnsFromSearch(search)).toEqual(choice);
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
          expect(back?.visible).toEqual(visible);
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
