import { describe, expect, it } from 'vitest';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import type { AuditView } from './auditViews.types.ts';
import { auditViewUrl } from './auditViewUrl.ts';
import { predefinedView, predefinedViews, readStoredViews, writeStoredViews } from './storedViews.ts';

describe('saved views and severities beyond the five', () => {
  const severity = ['Attention', 'info', '__proto__', 'constructor', 'toString'];
  const view: AuditView = {
    id: 'attention',
    name: 'Needs attention',
    query: { ...defaultAuditQuery, filters: { severity } },
    predefined: false,
  };

  it('stores and reads back a view filtered on an unknown severity, exactly as written', () => {
    const stored = JSON.parse(JSON.stringify(writeStoredViews([view], 'attention'))) as unknown;
    const { views, defaultViewId } = readStoredViews(stored);
    expect(defaultViewId).toBe('attention');
    expect(views).toHaveLength(1);
    expect(views[0]!.query.filters).toEqual({ severity });
    expect(Object.getPrototypeOf(views[0]!.query.filters)).toBe(Object.prototype);
  });

  it('writes it into a view’s link, and a predefined view keeps it', () => {
    const url = new URL(
      auditViewUrl(view, { base: 'https://app.example/audit?tab=1', columns: defaultAuditColumns }),
    );
    expect(url.searchParams.get('audit.sev')).toBe(severity.join(','));
    expect(url.searchParams.get('tab')).toBe('1');
    expect(
      predefinedView({ name: 'Attention', query: { filters: { severity: ['Attention'] } } }).query.filters,
    ).toEqual({ severity: ['Attention'] });
  });
});

describe('predefinedViews', () => {
  it('gives every predefined view its own id, whatever its name’s script, keeping the ids a default points at', () => {
    const ids = predefinedViews([
      { name: 'Severe events' },
      { name: 'Severe events!' },
      { name: '重大なイベント' },
      { name: 'אירועים חמורים' },
      { id: 'host', name: 'Mine' },
      { id: 'host', name: 'Mine too' },
    ]).map((view) => view.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The first of each keeps the id it always had: a user's stored default still finds it.
    expect(ids[0]).toBe('predefined:severe-events');
    expect(ids[4]).toBe('host');
    // Stable: the same definitions give the same ids on the next load.
    expect(predefinedViews([{ name: '重大なイベント' }])[0]!.id).toBe(ids[2]);
  });

  it('keeps every id short enough to be stored, so a long-named default is still the default on the next load', () => {
    const name =
      'Failed sign-ins from unrecognised IP addresses on administrator accounts (weekly security review)';
    const definitions = [{ name }, { name: `${name}!` }, { id: 'h'.repeat(150), name: 'Host' }];
    const views = predefinedViews(definitions);
    expect(new Set(views.map((view) => view.id)).size).toBe(3);
    for (const view of views) {
      expect(view.id.length).toBeLessThanOrEqual(100);
      const stored = JSON.parse(JSON.stringify(writeStoredViews([], view.id)));
      expect(readStoredViews(stored).defaultViewId, view.name).toBe(view.id);
    }
    expect(predefinedViews(definitions).map((view) => view.id)).toEqual(views.map((view) => view.id));
  });
});

describe('saved views and column names', () => {
  it('keeps a hidden column named with brackets, and `__proto__` and `constructor`, through storage', () => {
    const columns = {
      order: ['createdAt', '__proto__', 'constructor', 'meta[ip]', 'a]b['],
      visible: ['createdAt', '__proto__', 'constructor'],
    };
    const view: AuditView = { id: 'v', name: 'No IP', query: defaultAuditQuery, columns, predefined: false };
    const stored = JSON.parse(JSON.stringify(writeStoredViews([view], undefined))) as unknown;
    expect(readStoredViews(stored).views[0]?.columns).toEqual(columns);
  });
});

describe('saved views among hundreds of vendor columns', () => {
  it('keeps a 320-column view’s columns through storage (they were dropped whole past 300)', () => {
    const order = Array.from({ length: 320 }, (_, index) => `c${index}`);
    const columns = { order, visible: order.filter((name) => name !== 'c319') };
    const view: AuditView = { id: 'v', name: 'Wide', query: defaultAuditQuery, columns, predefined: false };
    const stored = JSON.parse(JSON.stringify(writeStoredViews([view], undefined))) as unknown;
    expect(readStoredViews(stored).views[0]?.columns).toEqual(columns);
  });
});
