import { describe, expect, it } from 'vitest';
import type { AuditColumn } from './auditTypes.ts';
import { currentColumnTypes } from './currentColumnTypes.ts';

const column = (name: string, type: string): AuditColumn => ({
  name,
  displayName: name,
  type,
  sortable: true,
  filterable: true,
  showInTable: true,
  showInMoreInfo: true,
});

describe('currentColumnTypes', () => {
  it('types the built-in columns older metadata types AlphaNumeric as they are now', () => {
    // Frontegg's own demo metadata (frontegg-react cypress/consts.ts `auditsMetadata`) and python-sdk's recording.
    const columns = ['user', 'severity', 'ip', 'resource', 'action'].map((name) =>
      column(name, 'AlphaNumeric'),
    );
    expect(currentColumnTypes(columns).map(({ name, type }) => [name, type])).toEqual([
      ['user', 'UserIdentity'],
      ['severity', 'Severity'],
      ['ip', 'IpAddress'],
      ['resource', 'AlphaNumeric'],
      ['action', 'AlphaNumeric'],
    ]);
  });

  it('leaves a column the metadata types otherwise as it is', () => {
    const columns = [column('user', 'Email'), column('severity', 'Custom'), column('region', 'AlphaNumeric')];
    const typed = currentColumnTypes(columns);
    expect(typed).toEqual(columns);
    expect(typed[0]).toBe(columns[0]);
  });
});
