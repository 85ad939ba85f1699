import { describe, expect, it } from 'vitest';
import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { columnChoiceToSave } from '../react/columnChoiceToSave.ts';
import { mergeColumnPreferences } from '../react/mergeColumnPreferences.ts';
import { compactColumnChoice } from './compactColumnChoice.ts';

const columns: AuditColumn[] = Array.from({ length: 1200 }, (_, index) => ({
  ...defaultAuditColumns[0]!,
  name: index === 5 ? '__proto__' : `c${index}`,
  showInTable: index % 10 !== 9,
}));
const defaults = mergeColumnPreferences(columns, undefined);

describe('compactColumnChoice', () => {
  it('keeps a choice among up to 1000 columns as it is', () => {
    const few = columns.slice(0, 320);
    const choice = mergeColumnPreferences(few, { order: ['c7'], visible: [] });
    expect(compactColumnChoice(few, choice)).toBe(choice);
  });

  it('among more, names only the start that differs from the defaults, and reads back the same', () => {
    const order = [...defaults.order];
    order.splice(3, 0, ...order.splice(700, 1));
    const choice = {
      order,
      visible: order.filter((name) => defaults.visible.includes(name) && name !== '__proto__'),
    };
    const compact = compactColumnChoice(columns, choice);
    expect(compact.order.length).toBeLessThanOrEqual(1000);
    expect(compact.order).toContain('__proto__');
    expect(columnChoiceToSave(columns, compact)).toEqual(choice);
  });

  it('past the bound even so, keeps which columns show, in their order, as a link does', () => {
    const order = [...defaults.order].reverse();
    const choice = { order, visible: order.filter((name) => defaults.visible.includes(name)) };
    const compact = compactColumnChoice(columns, choice);
    expect(columnChoiceToSave(columns, compact).visible).toEqual(choice.visible);
    // Half the columns hidden where the vendor shows them: each is named, so each stays hidden.
    const hidden = { order: defaults.order, visible: defaults.order.filter((_, index) => index % 2 === 0) };
    expect(mergeColumnPreferences(columns, compactColumnChoice(columns, hidden)).visible).toEqual(
      hidden.visible,
    );
  });
});
