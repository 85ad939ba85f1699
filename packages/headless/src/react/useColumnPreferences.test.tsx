// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import type { AuditColumn } from '../client/auditTypes.ts';
import { useColumnPreferences, type UseColumnPreferencesOptions } from './useColumnPreferences.ts';

const base = { columns: defaultAuditColumns, storageKey: 'acme.audit', tenantId: 't1', userId: 'u1' };
const names = (columns: readonly AuditColumn[]) => columns.map((column) => column.name);
const renderPrefs = (options: UseColumnPreferencesOptions = base) =>
  renderHook((props: UseColumnPreferencesOptions) => useColumnPreferences(props), { initialProps: options });

beforeEach(() => localStorage.clear());

describe('useColumnPreferences', () => {
  it("starts from the vendor's showInTable columns, in metadata order", () => {
    const { result } = renderPrefs();
    expect(names(result.current.visibleColumns)).toEqual([
      'createdAt',
      'email',
      'action',
      'description',
      'ip',
    ]);
  });

  it('persists visibility and order per tenant and user', () => {
    const { result } = renderPrefs();
    act(() => result.current.toggle('severity'));
    act(() => result.current.move('severity', 0));
    act(() => result.current.setVisible('description', false));
    expect(names(result.current.visibleColumns)).toEqual(['severity', 'createdAt', 'email', 'action', 'ip']);
    expect(JSON.parse(localStorage.getItem('acme.audit:t1:u1')!).visible[0]).toBe('severity');

    expect(names(renderPrefs().result.current.visibleColumns)).toEqual([
      'severity',
      'createdAt',
      'email',
      'action',
      'ip',
    ]);
    const otherUser = renderPrefs({ ...base, userId: 'u2' }).result.current;
    expect(names(otherUser.visibleColumns)).toEqual(['createdAt', 'email', 'action', 'description', 'ip']);
  });

  it('switches to the new user preferences when the user changes', () => {
    localStorage.setItem('acme.audit:t1:u2', JSON.stringify({ order: ['ip', 'createdAt'], visible: ['ip'] }));
    const { result, rerender } = renderPrefs();
    rerender({ ...base, userId: 'u2' });
    expect(names(result.current.visibleColumns)[0]).toBe('ip');
  });

  it('tolerates corrupt storage', () => {
    for (const junk of [
      '{not json',
      '42',
      '{"order":"x","visible":[]}',
      'null',
      '{"order":[1],"visible":[]}',
    ]) {
      localStorage.setItem('acme.audit:t1:u1', junk);
      expect(names(renderPrefs().result.current.visibleColumns)).toEqual([
        'createdAt',
        'email',
        'action',
        'description',
        'ip',
      ]);
    }
  });

  it('drops columns that disappeared and adds new ones with their default visibility', () => {
    localStorage.setItem(
      'acme.audit:t1:u1',
      JSON.stringify({ order: ['gone', 'action', 'createdAt'], visible: ['gone', 'action', 'createdAt'] }),
    );
    const columns: AuditColumn[] = [
      ...defaultAuditColumns.filter((column) => column.name === 'createdAt' || column.name === 'action'),
      {
        name: 'region',
        displayName: 'Region',
        type: 'AlphaNumeric',
        sortable: true,
        filterable: true,
        showInTable: true,
        showInMoreInfo: true,
      },
      {
        name: 'secret',
        displayName: 'Secret',
        type: 'AlphaNumeric',
        sortable: false,
        filterable: false,
        showInTable: false,
        showInMoreInfo: true,
      },
    ];
    const { result } = renderPrefs({ ...base, columns });
    expect(names(result.current.visibleColumns)).toEqual(['action', 'createdAt', 'region']);
    expect(result.current.columns.map((column) => `${column.name}:${column.visible}`)).toEqual([
      'action:true',
      'createdAt:true',
      'region:true',
      'secret:false',
    ]);
  });

  // A saved view applied while the metadata loads (or after it failed), over the vendor's default columns.
  it('keeps the columns a whole choice names before they are known, and shows them in its order once they are', () => {
    const riskScore: AuditColumn = { ...defaultAuditColumns[0]!, name: 'riskScore', showInTable: false };
    const { result, rerender } = renderPrefs();
    act(() =>
      result.current.set({
        order: ['riskScore', 'ip', 'createdAt'],
        visible: ['riskScore', 'ip', 'createdAt'],
      }),
    );
    // The columns it does not name follow their defaults, after its own.
    expect(names(result.current.visibleColumns)).toEqual([
      'ip',
      'createdAt',
      'email',
      'action',
      'description',
    ]);
    rerender({ ...base, columns: [...defaultAuditColumns, riskScore] });
    expect(names(result.current.visibleColumns)).toEqual([
      'riskScore',
      'ip',
      'createdAt',
      'email',
      'action',
      'description',
    ]);
    expect(JSON.parse(localStorage.getItem('acme.audit:t1:u1')!).visible).toEqual(
      names(result.current.visibleColumns),
    );

    // A column the metadata does not have is still not shown, nor offered in the picker.
    rerender(base);
    expect(names(result.current.columns)).not.toContain('riskScore');
  });

  it('keeps the last visible column and resets to the defaults', () => {
    const { result } = renderPrefs();
    for (const name of ['createdAt', 'email', 'action', 'description', 'ip'])
      act(() => result.current.setVisible(name, false));
    expect(names(result.current.visibleColumns)).toEqual(['ip']);
    act(() => result.current.reset());
    expect(localStorage.getItem('acme.audit:t1:u1')).toBeNull();
    expect(names(result.current.visibleColumns)).toHaveLength(5);
  });

  it('works when storage throws', () => {
    const storage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    const { result } = renderPrefs({ ...base, storage });
    act(() => result.current.toggle('severity'));
    expect(result.current.isVisible('severity')).toBe(true);
  });
});

describe('useColumnPreferences: two logs of one user on one page', () => {
  // A dashboard's summary beside the full log, on the same key: each wrote its own whole choice over the other's, so
  // a column hidden in one came back with the next change in the other, and after a reload both showed the last.
  it.each([
    ['localStorage', undefined],
    ['no storage (a sandboxed frame)', null],
  ] as const)('keeps their choices in step, neither writing over the other (%s)', (_, storage) => {
    const options = { ...base, ...(storage === null && { storage }) };
    const first = renderPrefs(options);
    const second = renderPrefs(options);
    act(() => void first.result.current.setVisible('ip', false));
    expect(second.result.current.isVisible('ip')).toBe(false);
    act(() => void second.result.current.setVisible('description', false));
    act(() => void second.result.current.move('action', 0));
    expect(names(first.result.current.visibleColumns)).toEqual(['action', 'createdAt', 'email']);
    if (storage === undefined)
      expect(JSON.parse(localStorage.getItem('acme.audit:t1:u1')!).visible).toEqual([
        'action',
        'createdAt',
        'email',
      ]);
    act(() => first.result.current.reset());
    expect(names(second.result.current.visibleColumns)).toEqual([
      'createdAt',
      'email',
      'action',
      'description',
      'ip',
    ]);
  });

  it('leaves another tenant’s or user’s log as it is, and an unmounted one untold', () => {
    const mine = renderPrefs();
    const other = renderPrefs({ ...base, userId: 'u2' });
    const gone = renderPrefs();
    gone.unmount();
    act(() => void mine.result.current.setVisible('ip', false));
    expect(other.result.current.isVisible('ip')).toBe(true);
  });
});
