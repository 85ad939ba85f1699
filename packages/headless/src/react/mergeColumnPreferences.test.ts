import { describe, expect, it } from 'vitest';
import { parseColumns } from '../client/parseResponses.ts';
import { mergeColumnPreferences } from './mergeColumnPreferences.ts';

/**
 * The shape Frontegg's own service answered `GET /metadata?entityName=audits` with: columns carrying only a
 * database `_id`, name, displayName, type (its own `UserIdentity` among them), filterable and sortable; no
 * `showInTable`, no `showInMoreInfo`.
 */
const withoutShowInTable = {
  rows: [
    {
      _id: 'row-1',
      entityName: 'audits',
      properties: [
        ['createdAt', 'Time', 'Timestamp'],
        ['user', 'User', 'UserIdentity'],
        ['action', 'Action', 'AlphaNumeric'],
        ['ip', 'IP Address', 'IpAddress'],
      ].map(([name, displayName, type], index) => ({
        _id: `column-${index}`,
        name,
        displayName,
        type,
        filterable: true,
        sortable: true,
      })),
    },
  ],
};

describe('mergeColumnPreferences over metadata as the service sends it', () => {
  it('shows every column whose metadata does not say showInTable, not a table of one column', () => {
    const columns = parseColumns(withoutShowInTable);
    expect(mergeColumnPreferences(columns, undefined)).toEqual({
      order: ['createdAt', 'user', 'action', 'ip'],
      visible: ['createdAt', 'user', 'action', 'ip'],
    });
  });

  it('still hides a column whose metadata says showInTable: false', () => {
    const answer = structuredClone(withoutShowInTable);
    Object.assign(answer.rows[0]!.properties[2]!, { showInTable: false });
    Object.assign(answer.rows[0]!.properties[0]!, { showInTable: true });
    expect(mergeColumnPreferences(parseColumns(answer), undefined).visible).toEqual([
      'createdAt',
      'user',
      'ip',
    ]);
  });
});
