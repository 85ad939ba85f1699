import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../client/auditTypes.ts';
import { auditSearchSuggestions } from './auditSearchSuggestions.ts';
import { auditSearchValuesFromEvents } from './auditSearchValuesFromEvents.ts';

describe('auditSearchSuggestions', () => {
  it('offers field names first, then the chosen field’s values', () => {
    const fields = auditSearchSuggestions('login se', 8);
    expect(fields.map((item) => item.label)).toEqual(['severity:']);
    expect(fields[0]).toMatchObject({ text: 'login severity:', caret: 15 });

    const values = auditSearchSuggestions('severity:high,c', 15);
    expect(values.map((item) => item.label)).toEqual(['Critical']);
    expect(values[0]).toMatchObject({ text: 'severity:high,Critical ', caret: 23 });

    expect(auditSearchSuggestions('created:', 8).map((item) => item.label)).toEqual([
      'today',
      'yesterday',
      '1h',
      '24h',
      '7d',
      '30d',
      '90d',
    ]);
  });

  it('offers every field on an empty box and keeps a negation', () => {
    expect(auditSearchSuggestions('', 0).map((item) => item.label)).toContain('actor:');
    expect(auditSearchSuggestions('-ac', 3).map((item) => item.text)).toEqual(['-actor:', '-action:']);
  });

  it('suggests values seen in the loaded events, quoted when they hold spaces', () => {
    const events = [
      { frontegg_id: '1', createdAt: '', action: 'User logged in' },
      { frontegg_id: '2', createdAt: '', action: 'User logged in' },
      { frontegg_id: '3', createdAt: '', action: 'Role changed', __proto__: { action: 'x' } },
    ] as AuditEvent[];
    const values = auditSearchValuesFromEvents(events);
    expect(values.get('action')).toEqual(['User logged in', 'Role changed']);
    const items = auditSearchSuggestions('action:us', 9, { values });
    expect(items.map((item) => item.text)).toEqual(['action:"User logged in" ']);
  });

  it('offers nothing for an unknown field (the parse names the nearest one)', () => {
    expect(auditSearchSuggestions('actr:', 5)).toEqual([]);
  });
});
