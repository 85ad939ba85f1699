import { describe, expect, it } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { parseAuditSearch } from '../search/parseAuditSearch.ts';
import type { AuditView } from '../views/auditViews.types.ts';
import { auditViewUrl } from '../views/auditViewUrl.ts';
import { readStoredViews, writeStoredViews } from '../views/storedViews.ts';
import { columnsFromSearch, columnsToSearch } from './columnsSearch.ts';
import { queryFromSearch } from './queryFromSearch.ts';
import { queryToSearch } from './queryToSearch.ts';
import { mergeColumnPreferences } from '../react/mergeColumnPreferences.ts';

const vendorColumn = (name: string, displayName = name): AuditColumn => ({
  ...defaultAuditColumns[2]!,
  name,
  displayName,
  filterable: true,
  sortable: true,
  showInTable: false,
});
// Names a vendor gives custom columns, and names that must stay plain data or must not shadow the URL's keys.
const vendorNames = ['geo.country', 'x-request-id', 'straße', '日本語', 'f.page', 'q.x'];
const hostileNames = [
  '__proto__',
  'constructor',
  'toString',
  'page',
  'sort',
  'q',
  'cols',
  'f',
  'sev',
  'size',
];
const columns = [
  ...defaultAuditColumns,
  ...vendorNames.map((name) => vendorColumn(name)),
  ...hostileNames.map((name) => vendorColumn(name)),
  vendorColumn('region', 'País'),
];
const everyFilter = Object.fromEntries(
  [...vendorNames, ...hostileNames].map((name) => [name, [`v-${name}`]]),
);

const storedAndRead = (query: AuditQuery) => {
  const view: AuditView = { id: 'v', name: 'Vendor columns', query, predefined: false };
  const stored = JSON.parse(JSON.stringify(writeStoredViews([view], undefined))) as unknown;
  return readStoredViews(stored).views[0]?.query;
};

describe('the name rules of the search language, links and saved views', () => {
  it('keeps filters typed on vendor columns named with `.` and `-` through a saved view and a link (the repro)', () => {
    const { query, problems } = parseAuditSearch('geo.country:FR x-request-id:abc', { columns });
    expect(problems).toEqual([]);
    expect(query.filters).toEqual({ 'geo.country': ['FR'], 'x-request-id': ['abc'] });
    const live = { ...defaultAuditQuery, ...query };

    expect(storedAndRead(live)?.filters).toEqual(live.filters);
    const link = queryToSearch(live);
    expect(link).toBe('audit.geo.country=FR&audit.x-request-id=abc');
    for (const given of [undefined, columns]) expect(queryFromSearch(link, { columns: given })).toEqual(live);
    const url = auditViewUrl(
      { id: 'v', name: 'v', query: live, predefined: false },
      { base: 'https://app.example/audit', columns },
    );
    expect(queryFromSearch(new URL(url).search, { columns }).filters).toEqual(live.filters);
  });

  it('keeps filters on columns named in any script, typed by name or display name (`País:ES`)', () => {
    const { query, problems } = parseAuditSearch('País:ES 日本語:x region:FR', { columns });
    expect(problems).toEqual([]);
    expect(query.filters).toEqual({ region: ['ES', 'FR'], 日本語: ['x'] });
    const live = { ...defaultAuditQuery, ...query };
    expect(storedAndRead(live)?.filters).toEqual(live.filters);
    expect(queryFromSearch(queryToSearch(live), { columns })).toEqual(live);
    expect(
      queryFromSearch(queryToSearch({ ...live, filters: { straße: ['ß'] } }), { columns }).filters,
    ).toEqual({
      straße: ['ß'],
    });
  });

  it('keeps names that are object members or the URL’s own keys as plain data, never shadowing page or sort', () => {
    const query: AuditQuery = {
      ...defaultAuditQuery,
      page: 2,
      sort: { column: 'geo.country', direction: 'asc' },
      filters: everyFilter,
    };
    const link = queryToSearch(query);
    // Reserved names go under `f.`; the query's own keys keep their meaning.
    for (const name of ['page', 'sort', 'q', 'cols', 'f', 'sev', 'size', 'f.page'])
      expect(link).toContain(`audit.f.${name}=`);
    for (const given of [undefined, columns]) {
      const read = queryFromSearch(link, { columns: given });
      expect(read).toEqual(query);
      expect(Object.getPrototypeOf(read.filters)).toBe(Object.prototype);
      expect(Object.keys(read.filters).sort()).toEqual(Object.keys(everyFilter).sort());
    }
    expect(storedAndRead(query)).toEqual({ ...query, page: 0 });
    expect(Object.getPrototypeOf(storedAndRead(query)!.filters)).toBe(Object.prototype);
  });

  it('carries a filter on any name a key can hold; drops control characters, overlong names and the API’s own', () => {
    // A filter's key is percent-encoded whole, so the separators of the search language and the column list
    // are plain characters in it.
    const carried = ['a b', 'a,b', 'a:b', '-x', '.x', 'x'.repeat(200)];
    const link = [
      ...carried.map((name) => `audit.${encodeURIComponent(name)}=1`),
      'audit.a%07b=1',
      'audit.a%0Ab=1',
      `audit.${'y'.repeat(201)}=1`,
      'audit.tenant_ids=t',
      'audit.created_from=2020-01-01',
      'audit.sort=%07b:asc',
    ].join('&');
    expect(queryFromSearch(link)).toEqual({
      ...defaultAuditQuery,
      filters: Object.fromEntries(carried.map((name) => [name, ['1']])),
    });
    // The sort key splits at its last `:`, so a name may hold one; a name with no direction sorts ascending.
    expect(queryFromSearch('audit.sort=Risk+score:desc').sort).toEqual({
      column: 'Risk score',
      direction: 'desc',
    });
    expect(queryFromSearch('audit.sort=a:b:ASC').sort).toEqual({ column: 'a:b', direction: 'asc' });
    expect(queryFromSearch('audit.sort=ip').sort).toEqual({ column: 'ip', direction: 'asc' });
    expect(queryFromSearch('audit.sort=a:b').sort).toEqual(defaultAuditQuery.sort);
  });

  it('carries vendor column names in the column list of a link and of a saved view', () => {
    const choice = {
      order: ['straße', 'geo.country', 'createdAt', 'x-request-id'],
      visible: ['straße', 'geo.country', 'createdAt'],
    };
    const search = columnsToSearch(choice, { columns });
    // The link names only what differs from the defaults; read back over the columns, it shows the same ones.
    const shown = (read: { order: readonly string[]; visible: readonly string[] } | undefined) =>
      mergeColumnPreferences(columns, read).visible;
    expect(shown(columnsFromSearch(search))).toEqual(shown(choice));
    expect(shown(choice).slice(0, 3)).toEqual(choice.visible);
    const view: AuditView = {
      id: 'v',
      name: 'v',
      query: defaultAuditQuery,
      columns: choice,
      predefined: false,
    };
    const stored = JSON.parse(JSON.stringify(writeStoredViews([view], undefined))) as unknown;
    expect(readStoredViews(stored).views[0]?.columns).toEqual(choice);
  });
});
