// @vitest-environment jsdom
// While the metadata loads or is down, the columns known are the vendor's defaults, not the tenant's own: a change
// made then must not drop the tenant's columns from the stored choice, or a column the user had hidden (or placed)
// comes back as the vendor has it once the metadata answers again, on every visit after.
import { act, renderHook } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { useColumnPreferences, type UseColumnPreferencesOptions } from './useColumnPreferences.ts';

const key = 'acme.audit:t1:u1';
const base = { columns: defaultAuditColumns, storageKey: 'acme.audit', tenantId: 't1', userId: 'u1' };
const tenantColumns: AuditColumn[] = [
  ...defaultAuditColumns,
  { ...defaultAuditColumns[0]!, name: 'resource', displayName: 'Resource', type: 'AlphaNumeric' },
  { ...defaultAuditColumns[0]!, name: 'region', displayName: 'Region', type: 'AlphaNumeric' },
];
const stored = () => JSON.parse(localStorage.getItem(key)!) as { order: string[]; visible: string[] };
const names = (columns: readonly AuditColumn[]) => columns.map((column) => column.name);
const renderPrefs = (options: UseColumnPreferencesOptions) =>
  renderHook((props: UseColumnPreferencesOptions) => useColumnPreferences(props), { initialProps: options });

beforeEach(() => {
  localStorage.clear();
  // The user's choice, made with the tenant's columns: "Region" first, "Resource" hidden after "Action".
  localStorage.setItem(
    key,
    JSON.stringify({
      order: ['region', 'createdAt', 'email', 'action', 'resource', 'description', 'ip'],
      visible: ['region', 'createdAt', 'email', 'action', 'ip'],
    }),
  );
});

it('keeps the tenant’s own columns, where they were and as visible, through a change on the defaults', () => {
  const { result } = renderPrefs(base);
  act(() => void result.current.toggle('ip'));
  act(() => void result.current.move('email', 0));
  expect(stored().order.filter((name) => name === 'region' || name === 'resource')).toEqual([
    'region',
    'resource',
  ]);
  expect(stored().order.indexOf('resource')).toBe(stored().order.indexOf('action') + 1);
  expect(stored().visible).toContain('region');
  expect(stored().visible).not.toContain('resource');
  expect(stored().visible).not.toContain('ip');

  // The metadata answers again: the user's columns are as they left them, with the change made meanwhile ("Email"
  // moved first among the columns then shown; "Region" stays before them all).
  const later = renderPrefs({ ...base, columns: tenantColumns }).result.current;
  expect(names(later.visibleColumns)).toEqual(['region', 'email', 'createdAt', 'action']);
  expect(later.isVisible('resource')).toBe(false);
});

it('saves none of a link’s unknown column names with the first change made on it', () => {
  // A stale or crafted link naming columns that do not exist: kept, they were stored and written into every URL after.
  history.replaceState(null, '', '/audit?audit.cols=createdAt,action,nosuch1,nosuch2');
  const { result } = renderPrefs({ ...base, url: true });
  act(() => void result.current.toggle('ip'));
  expect(stored().order).not.toContain('nosuch1');
  expect(stored().visible).not.toContain('nosuch2');
  history.replaceState(null, '', '/');
});

it('keeps the user’s own tenant columns, not the link’s unknown names, through a change made on a link', () => {
  // The metadata down: "region" and "resource" are the user's, unknown now; "nosuch1" is only the link's.
  history.replaceState(null, '', '/audit?audit.cols=createdAt,action,region,nosuch1');
  const { result } = renderPrefs({ ...base, url: true });
  act(() => void result.current.toggle('ip'));
  expect(stored().order).toEqual(expect.arrayContaining(['region', 'resource']));
  expect(stored().order).not.toContain('nosuch1');
  history.replaceState(null, '', '/');
});
