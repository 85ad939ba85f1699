// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('useColumnPreferences: another tab of the same user', () => {
  const otherTabSaves = (value: { order: string[]; visible: string[] } | null) => {
    if (value) localStorage.setItem('acme.audit:t1:u1', JSON.stringify(value));
    else localStorage.clear();
    const key = value ? 'acme.audit:t1:u1' : null;
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage })));
  };
  const order = defaultAuditColumns.map((column) => column.name);

  it('shows its change, and its clearing the storage', () => {
    const { result } = renderPrefs();
    otherTabSaves({ order, visible: ['createdAt', 'email', 'action'] });
    expect(names(result.current.visibleColumns)).toEqual(['createdAt', 'email', 'action']);
    otherTabSaves(null);
    expect(names(result.current.visibleColumns)).toEqual([
      'createdAt',
      'email',
      'action',
      'description',
      'ip',
    ]);
  });

  // Tab 1 hid a column, tab 2 then moved one: tab 2 wrote its whole stale choice, and the column came back for good.
  it('keeps its change when this tab changes one column before hearing of it', () => {
    const { result } = renderPrefs();
    localStorage.setItem(
      'acme.audit:t1:u1',
      JSON.stringify({ order, visible: ['createdAt', 'email', 'ip'] }),
    );
    act(() => void result.current.move('ip', 0));
    act(() => void result.current.setVisible('severity', true));
    expect(names(result.current.visibleColumns)).toEqual(['ip', 'createdAt', 'email', 'severity']);
    expect(names(renderPrefs().result.current.visibleColumns)).toEqual([
      'ip',
      'createdAt',
      'email',
      'severity',
    ]);
  });
});

describe('useColumnPreferences: a storage that refuses the change', () => {
  it('says what it threw, keeps the change on the page, and clears once a change is saved', () => {
    let full = true;
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        store.set(key, value);
      },
      removeItem: (key: string) => void store.delete(key),
    };
    const { result } = renderPrefs({ ...base, storage });
    expect(result.current.saveError).toBeUndefined();
    act(() => void result.current.setVisible('ip', false));
    expect(result.current.saveError).toMatchObject({ name: 'QuotaExceededError' });
    expect(result.current.isVisible('ip')).toBe(false);
    // The next change builds on what is shown, not on the older stored choice.
    act(() => void result.current.move('action', 0));
    expect(names(result.current.visibleColumns)).toEqual(['action', 'createdAt', 'email', 'description']);
    full = false;
    act(() => void result.current.setVisible('email', false));
    expect(result.current.saveError).toBeUndefined();
    expect(JSON.parse(store.get('acme.audit:t1:u1')!).visible).toEqual([
      'action',
      'createdAt',
      'description',
    ]);
  });
});

describe('useColumnPreferences without a user', () => {
  // One key for every user and tenant of the browser: each saw, and overwrote, the last one's columns.
  it('keeps the choice for the page, never in localStorage, and tells the developer once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const anonymous = { ...base, storageKey: 'acme.anonymous', userId: undefined };
    const first = renderPrefs(anonymous);
    act(() => void first.result.current.setVisible('ip', false));
    expect(localStorage.length).toBe(0);
    // The page's other log, and this one shown again, keep it; another tenant's does not.
    expect(renderPrefs(anonymous).result.current.isVisible('ip')).toBe(false);
    expect(renderPrefs({ ...anonymous, tenantId: 't2' }).result.current.isVisible('ip')).toBe(true);
    const warned = warn.mock.calls.map(([text]) => String(text)).filter((text) => text.includes('userId'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^\[auditkit\].*Pass `userId` \(and `tenantId`\)/);
    warn.mockRestore();
  });

  it('keeps using a storage the host gives, theirs to key', () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
      removeItem: (key: string) => void kept.delete(key),
    };
    const { result } = renderPrefs({ ...base, userId: undefined, storage });
    act(() => void result.current.setVisible('ip', false));
    expect([...kept.keys()]).toEqual(['acme.audit:t1:-']);
  });

  it('reads no choice stored by an earlier version under the shared key', () => {
    localStorage.setItem('acme.audit:t1:-', JSON.stringify({ order: ['ip'], visible: ['ip'] }));
    const { result } = renderPrefs({ ...base, userId: undefined });
    expect(names(result.current.visibleColumns)).toEqual([
      'createdAt',
      'email',
      'action',
      'description',
      'ip',
    ]);
  });
});
