import { describe, expect, it } from 'vitest';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import type { AuditView } from './auditViews.types.ts';
import { auditViewUrl } from './auditViewUrl.ts';
import { predefinedView, readStoredViews, writeStoredViews } from './storedViews.ts';

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
