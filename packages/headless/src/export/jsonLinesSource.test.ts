import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../client/auditTypes.ts';
import { createAuditClient, type AuditClient } from '../client/createAuditClient.ts';
import { UNSHOWABLE_VALUE } from '../client/unshowableValue.ts';
import { jsonLinesSource } from './jsonLinesSource.ts';

/** A value nested `levels` deep: Node's `JSON.stringify` runs out of stack on it. */
const deep = (levels: number) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

describe('jsonLinesSource', () => {
  it('writes an event with a field too deep for JSON.stringify with that field as a placeholder, and goes on', async () => {
    // A computed key makes `__proto__` an own field, as JSON.parse does for an event that has one.
    const events = [
      {
        frontegg_id: 'deep',
        createdAt: '2026-11-30T10:00:00.000Z',
        action: 'Imported',
        json: deep(20_000),
        ['__proto__']: 'kept',
      },
      { frontegg_id: 'next', createdAt: '2026-11-30T09:00:00.000Z', action: 'Signed in' },
    ];
    const client = {
      list: async () => ({ data: events as AuditEvent[], total: 2 }),
    } as unknown as AuditClient;
    const text = await new Response(jsonLinesSource({ client, params: {}, total: 2 })).text();
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ frontegg_id: 'deep', action: 'Imported', json: UNSHOWABLE_VALUE });
    expect(Object.hasOwn(lines[0]!, '__proto__')).toBe(true);
    expect(lines[1]).toMatchObject({ frontegg_id: 'next', action: 'Signed in' });
  });

  it('writes each event as the API sent it: types, nulls, nested values and ids kept; only the times rewritten', async () => {
    const sent = [
      {
        frontegg_id: 'a',
        createdAt: '2026-11-30 10:00:00.000',
        user: 42,
        description: { text: 'nested', lines: [1, 2] },
        email: null,
        severity: 'Info',
      },
      // The same id again: the table numbers it apart, the file keeps it.
      { frontegg_id: 'a', createdAt: '2026-11-30T09:00:00.000Z', action: 'again', isAdmin: true },
      // No id at all, and a time as milliseconds: the table derives an id, the file invents none.
      { createdAt: Date.UTC(2026, 10, 30, 8), action: 'no id', email: 'x@example.com' },
    ];
    const client = createAuditClient({
      baseUrl: 'https://api.frontegg.test',
      getToken: () => 'token',
      fetch: async () => Response.json({ data: sent, total: sent.length }),
    });
    const text = await new Response(
      jsonLinesSource({ client, params: {}, total: sent.length, timeZone: 'Asia/Kolkata' }),
    ).text();
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      { ...sent[0], createdAt: '2026-11-30T15:30:00.000+05:30' },
      { ...sent[1], createdAt: '2026-11-30T14:30:00.000+05:30' },
      { ...sent[2], createdAt: '2026-11-30T13:30:00.000+05:30' },
    ]);
  });

  it('moves every time field to the chosen zone, one named like an Object member too', async () => {
    // Sent as JSON text, so `__proto__` and `constructor` arrive as own fields, as they would from the API.
    const body = JSON.stringify({
      data: [
        JSON.parse(
          '{"frontegg_id":"a","createdAt":"2026-11-30T10:00:00.000Z","__proto__":"2026-11-30T11:00:00.000Z","constructor":"2026-11-30T12:00:00.000Z"}',
        ) as unknown,
      ],
      total: 1,
    });
    const client = createAuditClient({
      baseUrl: 'https://api.frontegg.test',
      getToken: () => 'token',
      fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
    });
    const text = await new Response(
      jsonLinesSource({
        client,
        params: {},
        total: 1,
        timeZone: 'Asia/Kolkata',
        timeFields: ['createdAt', '__proto__', 'constructor'],
      }),
    ).text();
    const line = JSON.parse(text) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(line, '__proto__')?.value).toBe('2026-11-30T16:30:00.000+05:30');
    expect(Object.getOwnPropertyDescriptor(line, 'constructor')?.value).toBe('2026-11-30T17:30:00.000+05:30');
    expect(line.createdAt).toBe('2026-11-30T15:30:00.000+05:30');
  });

  it('keeps the digits the API sent past the milliseconds, in any zone', async () => {
    // A service that records microseconds or nanoseconds: an instant holds milliseconds, the file must not cut.
    const sent = [
      { frontegg_id: 'a', createdAt: '2026-11-30 10:00:40.201234', lastSeen: '2026-11-30T09:00:00,000009Z' },
      { frontegg_id: 'b', createdAt: '2026-11-30T10:00:40.201234567Z', lastSeen: '2026-11-30T09:00:00.5Z' },
    ];
    const client = createAuditClient({
      baseUrl: 'https://api.frontegg.test',
      getToken: () => 'token',
      fetch: async () => Response.json({ data: sent, total: sent.length }),
    });
    const lines = async (timeZone: string) =>
      (
        await new Response(
          jsonLinesSource({ client, params: {}, total: 2, timeZone, timeFields: ['createdAt', 'lastSeen'] }),
        ).text()
      )
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(await lines('Asia/Kolkata')).toEqual([
      {
        frontegg_id: 'a',
        createdAt: '2026-11-30T15:30:40.201234+05:30',
        lastSeen: '2026-11-30T14:30:00.000009+05:30',
      },
      {
        frontegg_id: 'b',
        createdAt: '2026-11-30T15:30:40.201234567+05:30',
        lastSeen: '2026-11-30T14:30:00.500+05:30',
      },
    ]);
    expect(await lines('UTC')).toEqual([
      { frontegg_id: 'a', createdAt: '2026-11-30T10:00:40.201234Z', lastSeen: '2026-11-30T09:00:00.000009Z' },
      { frontegg_id: 'b', createdAt: '2026-11-30T10:00:40.201234567Z', lastSeen: '2026-11-30T09:00:00.500Z' },
    ]);
  });

  it('writes a time sent as a number of milliseconds in the zone, and leaves text of digits as text, as the table does', async () => {
    const at = Date.UTC(2026, 0, 15, 8);
    const sent = [
      { frontegg_id: 'a', createdAt: '2026-11-30T10:00:00.000Z', lastSeen: at },
      { frontegg_id: 'b', createdAt: '2026-11-30T10:00:00.000Z', lastSeen: String(at) },
    ];
    const client = createAuditClient({
      baseUrl: 'https://api.frontegg.test',
      getToken: () => 'token',
      fetch: async () => Response.json({ data: sent, total: sent.length }),
    });
    const text = await new Response(
      jsonLinesSource({ client, params: {}, total: 2, timeZone: 'Europe/Paris', timeFields: ['lastSeen'] }),
    ).text();
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.lastSeen)).toEqual(['2026-01-15T09:00:00.000+01:00', String(at)]);
  });
});
