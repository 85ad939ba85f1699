import { defaultAuditColumns, filterableColumnNames } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { valueToFilterBy } from './valueToFilterBy.ts';

const filterable = filterableColumnNames(defaultAuditColumns);
const column = (name: string) => defaultAuditColumns.find((item) => item.name === name)!;

describe('valueToFilterBy', () => {
  it('offers a filterable field’s text as it is, and a severity as the severity filter writes it', () => {
    expect(valueToFilterBy({ action: 'Role changed' }, column('action'), filterable)).toBe('Role changed');
    expect(valueToFilterBy({ severity: 'info' }, column('severity'), filterable)).toBe('Info');
    expect(valueToFilterBy({ severity: 'Attention' }, column('severity'), filterable)).toBe('Attention');
  });

  it('offers nothing for the time, the payload, a field the log cannot filter by, blank or non-text values', () => {
    expect(
      valueToFilterBy({ createdAt: '2026-11-25T10:00:00Z' }, column('createdAt'), filterable),
    ).toBeUndefined();
    expect(valueToFilterBy({ json: 'x' }, column('json'), filterable)).toBeUndefined();
    expect(valueToFilterBy({ description: 'x' }, column('description'), filterable)).toBeUndefined();
    expect(valueToFilterBy({ action: '  ' }, column('action'), filterable)).toBeUndefined();
    expect(valueToFilterBy({}, column('action'), filterable)).toBeUndefined();
    expect(valueToFilterBy({ action: 42 }, column('action'), filterable)).toBeUndefined();
  });

  it('offers nothing a link could not carry back, which the query state would only refuse', () => {
    expect(valueToFilterBy({ action: 'x'.repeat(501) }, column('action'), filterable)).toBeUndefined();
    expect(valueToFilterBy({ action: 'x'.repeat(500) }, column('action'), filterable)).toBe('x'.repeat(500));
    const odd = { name: 'a[0]', displayName: 'A', type: 'AlphaNumeric', filterable: true };
    expect(valueToFilterBy({ 'a[0]': 'x' }, odd, new Set(['a[0]']))).toBeUndefined();
  });

  it('reads only the event’s own fields: a column named __proto__ is plain data', () => {
    const proto = { name: '__proto__', displayName: 'Proto', type: 'AlphaNumeric', filterable: true };
    const names = new Set(['__proto__']);
    expect(valueToFilterBy({}, proto, names)).toBeUndefined();
    const event = JSON.parse('{"__proto__": "p"}') as Record<string, unknown>;
    expect(valueToFilterBy(event, proto, names)).toBe('p');
  });
});
