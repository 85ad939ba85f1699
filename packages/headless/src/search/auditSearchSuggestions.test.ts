import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../client/auditTypes.ts';
import { auditSearchSuggestions } from './auditSearchSuggestions.ts';
import { auditSearchValuesFromEvents } from './auditSearchValuesFromEvents.ts';
import { parseAuditSearch } from './parseAuditSearch.ts';

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
      '365d',
    ]);
  });

  // The input method's full-width colon is not the syntax: a value picked after it is written with ":", which
  // applies, not with "：", which the parser marks and leaves unapplied.
  it('writes the field of a value picked after a full-width colon with ":"', () => {
    const [high] = auditSearchSuggestions('severity：h', 10);
    expect(high).toMatchObject({ label: 'High', text: 'severity:High ' });
    expect(parseAuditSearch(high!.text).query.filters).toEqual({ severity: ['High'] });
  });

  it('names the column each suggestion filters, so a host can word its detail (the user-id field has no metadata)', () => {
    expect(auditSearchSuggestions('users', 5)).toEqual([
      expect.objectContaining({ kind: 'field', label: 'users:', column: 'users', detail: 'User ID' }),
    ]);
    expect(auditSearchSuggestions('actor:', 6, { values: new Map([['email', ['ada@acme.test']]]) })).toEqual([
      expect.objectContaining({ kind: 'value', label: 'ada@acme.test', column: 'email' }),
    ]);
  });

  it('offers no users: on the legacy list, which cannot filter by user id, and no values for it', () => {
    const labels = (text: string) =>
      auditSearchSuggestions(text, text.length, { legacy: true, limit: 50 }).map((item) => item.label);
    expect(labels('us')).toEqual(['actor:', 'userAgent:']);
    expect(labels('')).not.toContain('users:');
    expect(
      auditSearchSuggestions('users:u', 7, { legacy: true, values: new Map([['users', ['u-1']]]) }),
    ).toEqual([]);
  });

  it('offers every field on an empty box, and none after a `-`, as every negated term is refused', () => {
    expect(auditSearchSuggestions('', 0).map((item) => item.label)).toContain('actor:');
    // `-severity:` was offered, and whatever followed it was "not applied".
    expect(parseAuditSearch('-severity:High').problems.map((term) => term.problem?.code)).toEqual([
      'negation-unsupported',
    ]);
    expect(auditSearchSuggestions('-sev', 4)).toEqual([]);
    expect(auditSearchSuggestions('login -ac', 9)).toEqual([]);
    expect(auditSearchSuggestions('-', 1)).toEqual([]);
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

  // Matched after the cut to the 20 most frequent values, a less frequent one was never offered however much of it
  // was typed: 30 actions or 300 actors loaded are an ordinary page of a big tenant.
  it('offers a value typed of any seen, not only of the most frequent, the most frequent matches first', () => {
    const events: AuditEvent[] = [];
    // `resource.1.changed` 30 times, … `resource.30.changed` once; 300 actors, one event each.
    for (let rank = 1; rank <= 30; rank++)
      for (let copy = 0; copy <= 30 - rank; copy++)
        events.push({ frontegg_id: `${rank}-${copy}`, createdAt: '', action: `resource.${rank}.changed` });
    for (let index = 0; index < 300; index++)
      events.push({ frontegg_id: `u${index}`, createdAt: '', email: `u${index}@x.test` });
    const values = auditSearchValuesFromEvents(events);
    const labels = (text: string) =>
      auditSearchSuggestions(text, text.length, { values }).map((item) => item.label);

    expect(labels('action:resource.25')).toEqual(['resource.25.changed']);
    expect(labels('action:resource.1')).toEqual([
      'resource.1.changed',
      ...[10, 11, 12, 13, 14, 15, 16].map((rank) => `resource.${rank}.changed`),
    ]);
    expect(labels('actor:u29')).toEqual([
      'u29@x.test',
      ...[0, 1, 2, 3, 4, 5, 6].map((digit) => `u29${digit}@x.test`),
    ]);
  });

  it('offers the severities the loaded events carry after the five, and the nearest one for a typo', () => {
    const events = [
      { frontegg_id: '1', createdAt: '', severity: 'Attention' },
      { frontegg_id: '2', createdAt: '', severity: 'Attention' },
      { frontegg_id: '3', createdAt: '', severity: 'info' },
      { frontegg_id: '4', createdAt: '', severity: 'Notice' },
    ] as AuditEvent[];
    const values = auditSearchValuesFromEvents(events);
    expect(values.get('severity')).toEqual(['Attention', 'info', 'Notice']);
    const labels = (text: string) =>
      auditSearchSuggestions(text, text.length, { values }).map((i) => i.label);
    // `info` is Info: one option, as the API writes it.
    expect(labels('severity:')).toEqual([
      'Info',
      'Medium',
      'High',
      'Error',
      'Critical',
      'Attention',
      'Notice',
    ]);
    expect(labels('severity:at')).toEqual(['Attention']);
    // A severity already given in another case is given: the parser reads `high` as High, the API `attention` as
    // Attention.
    expect(labels('severity:high,')).toEqual(['Info', 'Medium', 'Error', 'Critical', 'Attention', 'Notice']);
    expect(labels('severity:attention,notice,')).toEqual(['Info', 'Medium', 'High', 'Error', 'Critical']);
    expect(labels('severity:high,h')).toEqual([]);
    // Another field's values are data, kept as written: one differing in case is another value.
    const actions = new Map([['action', ['Login', 'login']]]);
    expect(auditSearchSuggestions('action:login,', 13, { values: actions }).map((i) => i.label)).toEqual([
      'Login',
    ]);
    expect(auditSearchSuggestions('sev:high,att', 12, { values })[0]).toMatchObject({
      text: 'sev:high,Attention ',
    });
    // A typo of one of the five (or of a seen one) is offered the one it may have meant.
    expect(labels('severity:hihg')).toEqual(['High']);
    expect(labels('severity:atention')).toEqual(['Attention']);
    expect(labels('severity:zzzz')).toEqual([]);
  });

  it('offers only values the parser applies after a comparison, a negation or a time already given', () => {
    // `created:>=7d` was offered and refused ("not a time"): a comparison takes a day, and only the time compares.
    for (const operator of ['>', '>=', '<', '<=']) {
      const text = `created:${operator}`;
      const offered = auditSearchSuggestions(text, text.length);
      expect(offered.map((item) => item.label)).toEqual(['today', 'yesterday']);
      for (const item of offered) expect(parseAuditSearch(item.text).problems).toEqual([]);
    }
    const values = new Map([['action', ['Login']]]);
    expect(auditSearchSuggestions('severity:>', 10)).toEqual([]);
    expect(auditSearchSuggestions('action:<', 8, { values })).toEqual([]);
    // No field can be left out: `-severity:High` is a negation the API cannot make.
    expect(auditSearchSuggestions('-severity:', 10)).toEqual([]);
    expect(auditSearchSuggestions('-action:', 8, { values })).toEqual([]);
    // One time range per term.
    expect(auditSearchSuggestions('created:7d,', 11)).toEqual([]);
  });

  it('offers nothing for an unknown field (the parse names the nearest one)', () => {
    expect(auditSearchSuggestions('actr:', 5)).toEqual([]);
  });

  it('marks today and yesterday as fixed dates, unlike the relative presets beside them', () => {
    // A link or a saved view keeps the date `today` named when it was applied, not "today".
    const offered = auditSearchSuggestions('created:', 8);
    expect(offered.filter((item) => item.fixedDate).map((item) => item.label)).toEqual([
      'today',
      'yesterday',
    ]);
    expect(offered.find((item) => item.label === '7d')?.fixedDate).toBeUndefined();
    // A value seen in the events that happens to read "today" is no date at all.
    const values = new Map([['action', ['today']]]);
    expect(auditSearchSuggestions('action:to', 9, { values })[0]).not.toHaveProperty('fixedDate');
  });
});
