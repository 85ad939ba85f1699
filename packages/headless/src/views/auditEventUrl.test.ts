import { describe, expect, it } from 'vitest';
import { parseAuditTime } from '../client/parseAuditTime.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { linkedEventFromSearch, withoutLinkedEvent } from '../url/linkedEvent.ts';
import { queryFromSearch } from '../url/queryFromSearch.ts';
import { queryToSearch } from '../url/queryToSearch.ts';
import { auditEventUrl } from './auditEventUrl.ts';

const event = { frontegg_id: '4f1c2a9e-0b7d-4c61-9a53-2f0e8d7c6b5a', createdAt: '2026-03-01T12:00:00.250Z' };
const base =
  'https://app.example/audit?tab=logs&audit.q=login&audit.sev=High&audit.page=3&audit.cols=ip,-email#top';

describe('auditEventUrl', () => {
  it('links to the event: a window of a second either side of its time, page 1, no other filter', () => {
    const link = auditEventUrl(event, { base });
    expect(link).toBeDefined();
    const url = new URL(link!);
    expect(linkedEventFromSearch(url.search)).toBe(event.frontegg_id);
    expect(queryFromSearch(url.search)).toEqual({
      ...defaultAuditQuery,
      time: { from: '2026-03-01T11:59:59.250Z', to: '2026-03-01T12:00:01.250Z' },
    });
    // The host's keys and the hash stay; the log's query and column list go.
    expect(url.searchParams.get('tab')).toBe('logs');
    expect(url.hash).toBe('#top');
    expect(url.searchParams.has('audit.q')).toBe(false);
    expect(url.searchParams.has('audit.sev')).toBe(false);
    expect(url.searchParams.has('audit.page')).toBe(false);
    expect(url.searchParams.has('audit.cols')).toBe(false);
    expect(url.origin + url.pathname).toBe('https://app.example/audit');
  });

  it('reads a zone-less Frontegg time as UTC, whatever the viewer’s zone', () => {
    const link = auditEventUrl({ frontegg_id: 'a', createdAt: '2021-04-07 10:50:40.201' }, { base });
    expect(queryFromSearch(new URL(link!).search).time).toEqual({
      from: '2021-04-07T10:50:39.201Z',
      to: '2021-04-07T10:50:41.201Z',
    });
    expect(parseAuditTime('2021-04-07 10:50:40.201')?.toISOString()).toBe('2021-04-07T10:50:40.201Z');
  });

  it('clears what the log’s defaults filter, so the event is found whatever the log opens on', () => {
    const defaults: AuditQuery = {
      ...defaultAuditQuery,
      search: 'admin',
      time: { preset: '7d' },
      filters: { severity: ['High'] },
    };
    const link = auditEventUrl(event, { base, defaults });
    const read = queryFromSearch(new URL(link!).search, { defaults });
    expect(read.search).toBe('');
    expect(read.filters).toEqual({});
    expect(read.time).toEqual({ from: '2026-03-01T11:59:59.250Z', to: '2026-03-01T12:00:01.250Z' });
    expect(read.page).toBe(0);
  });

  it('uses another prefix and leaves the other log’s keys alone', () => {
    const link = auditEventUrl(event, {
      base: 'https://app.example/?admin.q=x&audit.event=old&audit.sev=High',
      prefix: 'admin',
    });
    const search = new URL(link!).search;
    expect(linkedEventFromSearch(search, { prefix: 'admin' })).toBe(event.frontegg_id);
    expect(linkedEventFromSearch(search)).toBe('old');
    expect(queryFromSearch(search).filters).toEqual({ severity: ['High'] });
    expect(queryFromSearch(search, { prefix: 'admin' }).search).toBe('');
  });

  it('replaces an earlier event link rather than adding a second key', () => {
    const first = auditEventUrl({ frontegg_id: 'first', createdAt: event.createdAt }, { base });
    const second = auditEventUrl({ frontegg_id: 'second', createdAt: event.createdAt }, { base: first! });
    expect(new URL(second!).searchParams.getAll('audit.event')).toEqual(['second']);
  });

  it('carries hostile ids as text, round trip', () => {
    for (const id of [
      '__proto__',
      'constructor',
      '<img src=x onerror=alert(1)>',
      'a&audit.q=x',
      'a,b:c+d %',
      '日本語',
    ]) {
      const link = auditEventUrl({ frontegg_id: id, createdAt: event.createdAt }, { base });
      const search = new URL(link!).search;
      expect(linkedEventFromSearch(search)).toBe(id);
      expect(queryFromSearch(search).search).toBe('');
    }
  });

  it('gives no link for an event it cannot point at', () => {
    for (const bad of [
      { frontegg_id: '', createdAt: event.createdAt },
      { frontegg_id: 'x'.repeat(201), createdAt: event.createdAt },
      { frontegg_id: 'a\nb', createdAt: event.createdAt },
      { frontegg_id: '\ud83d', createdAt: event.createdAt },
      { frontegg_id: 42, createdAt: event.createdAt },
      { frontegg_id: 'a', createdAt: 'yesterday' },
      { frontegg_id: 'a', createdAt: undefined },
      { frontegg_id: 'a', createdAt: '0001-01-01T00:00:00.500Z' },
    ])
      expect(auditEventUrl(bad, { base })).toBeUndefined();
    expect(
      auditEventUrl({ frontegg_id: 'x'.repeat(200), createdAt: event.createdAt }, { base }),
    ).toBeDefined();
  });

  it('throws on a prefix a log could not use', () => {
    expect(() => auditEventUrl(event, { base, prefix: 'a.b' })).toThrow(TypeError);
  });
});

describe('linkedEventFromSearch', () => {
  it('ignores ids that are no ids', () => {
    expect(linkedEventFromSearch('')).toBeUndefined();
    expect(linkedEventFromSearch('?audit.event=')).toBeUndefined();
    expect(linkedEventFromSearch(`?audit.event=${'x'.repeat(201)}`)).toBeUndefined();
    expect(linkedEventFromSearch('?audit.event=a%00b')).toBeUndefined();
    expect(linkedEventFromSearch('?audit.event=a%0Ab')).toBeUndefined();
    expect(linkedEventFromSearch('?audit.event=%E0%A4%A')).toBeUndefined();
    expect(linkedEventFromSearch('?event=a')).toBeUndefined();
    expect(linkedEventFromSearch('?audit.event=a&audit.event=b')).toBe('a');
    expect(linkedEventFromSearch('audit.event=__proto__')).toBe('__proto__');
  });
});

describe('the query codec and the event key', () => {
  it('leaves the key in place and never reads it as a filter', () => {
    const search = queryToSearch(
      { ...defaultAuditQuery, search: 'login' },
      { base: 'tab=1&audit.event=abc&audit.q=old' },
    );
    expect(search).toBe('tab=1&audit.event=abc&audit.q=login');
    expect(queryFromSearch('?audit.event=abc').filters).toEqual({});
  });

  it('writes a filter on a column named `event` under f.event', () => {
    const search = queryToSearch({ ...defaultAuditQuery, filters: { event: ['x'] } });
    expect(search).toBe('audit.f.event=x');
    expect(queryFromSearch(search).filters).toEqual({ event: ['x'] });
    expect(linkedEventFromSearch(search)).toBeUndefined();
  });
});

describe('withoutLinkedEvent', () => {
  it('drops only the event key of the prefix', () => {
    expect(withoutLinkedEvent('?tab=1&audit.event=a&audit.q=x&admin.event=b&event=c')).toBe(
      'tab=1&audit.q=x&admin.event=b&event=c',
    );
    expect(withoutLinkedEvent('admin.event=b&audit.event=a', { prefix: 'admin' })).toBe('audit.event=a');
  });
});
