import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuditApiError } from './AuditApiError.ts';
import { createAuditClient } from './createAuditClient.ts';
import { parseAuditTime } from './parseAuditTime.ts';
import { parseListResponse } from './parseResponses.ts';
import { UNSHOWABLE_VALUE } from './unshowableValue.ts';

/** A client whose server answers 200 with the given body. */
const clientAnswering = (body: string) =>
  createAuditClient({
    baseUrl: 'https://api.frontegg.test',
    getToken: () => 'token',
    fetch: async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
  });

const textFields = ['user', 'email', 'action', 'description', 'severity', 'ip', 'userAgent', 'actorMail'];
const eventLike = fc.record(
  {
    frontegg_id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    createdAt: fc.oneof(fc.string(), fc.integer()),
    severity: fc.jsonValue(),
    ip: fc.jsonValue(),
    user: fc.jsonValue(),
    json: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.jsonValue(),
  fc.record(
    { data: fc.array(fc.oneof(eventLike, fc.jsonValue()), { maxLength: 4 }), total: fc.jsonValue() },
    { requiredKeys: ['data'] },
  ),
);

describe('response guards', () => {
  it('property: any 200 body becomes a valid page or a malformed AuditApiError, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const outcome = await clientAnswering(JSON.stringify(value))
          .list({ count: 20, offset: 0 })
          .then(
            (page) => ({ page }),
            (error: unknown) => ({ error }),
          );
        if ('error' in outcome) {
          expect(outcome.error).toBeInstanceOf(AuditApiError);
          expect(outcome.error).toMatchObject({ kind: 'malformed' });
          return;
        }
        const { page } = outcome;
        expect(Number.isInteger(page.total) && page.total >= page.data.length).toBe(true);
        for (const event of page.data) {
          expect(typeof event.frontegg_id).toBe('string');
          expect(typeof event.createdAt).toBe('string');
          for (const field of textFields) expect(['string', 'undefined']).toContain(typeof event[field]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a field too deep to write as JSON shows a placeholder; the rest of the event and the page are kept', async () => {
    // 20,000 levels: JSON.parse reads it, JSON.stringify throws RangeError (stack) under Node and in browsers.
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const page = await clientAnswering(
      `{"total":2,"data":[` +
        `{"frontegg_id":"a","createdAt":"2021-04-07 10:50:40.201","action":"Odd","description":${deep},"user":{"n":1}},` +
        `{"frontegg_id":"b","createdAt":"2021-04-07 10:50:39.201","action":"Fine","description":"ok"}]}`,
    ).list({ count: 20, offset: 0 });
    expect(page.total).toBe(2);
    expect(page.data.map((e) => [e.frontegg_id, e.action, e.description, e.user])).toEqual([
      ['a', 'Odd', UNSHOWABLE_VALUE, '{"n":1}'],
      ['b', 'Fine', 'ok', undefined],
    ]);
  });

  it('a time sent as a number of milliseconds is kept as its instant, which the time reader reads', () => {
    const { data } = parseListResponse({
      data: [
        { frontegg_id: 'a', createdAt: 1617792640201 },
        { frontegg_id: 'b', createdAt: 1e300 },
      ],
      total: 2,
    });
    expect(data[0]?.createdAt).toBe('2021-04-07T10:50:40.201Z');
    expect(parseAuditTime(data[0]?.createdAt)?.getTime()).toBe(1617792640201);
    // No date has it: kept as its digits, shown as sent rather than dropped.
    expect(data[1]?.createdAt).toBe('1e+300');
  });

  it('an answer without total says so: its page length is a lower bound, not the count', () => {
    const page = parseListResponse({ data: [{ frontegg_id: 'a', createdAt: '2021-04-07T10:50:40.201Z' }] });
    expect(page).toMatchObject({ total: 1, totalUnknown: true });
    expect(parseListResponse({ data: [], total: 0 }).totalUnknown).toBeUndefined();
  });

  it('repeated ids are numbered past every id on the page, so no two events share one', () => {
    const { data } = parseListResponse({
      data: ['a', 'a', 'a~1', 'a', 'a~2'].map((frontegg_id) => ({ frontegg_id, createdAt: '2021-04-07' })),
      total: 5,
    });
    const ids = data.map((event) => event.frontegg_id);
    expect(new Set(ids).size).toBe(5);
    // An id the server sent stays that event's id; only repeats are renamed.
    expect([ids[0], ids[2], ids[4]]).toEqual(['a', 'a~1', 'a~2']);
  });

  it('a body that is not JSON is malformed', async () => {
    await expect(clientAnswering('<html>proxy error</html>').stats()).rejects.toMatchObject({
      kind: 'malformed',
    });
  });

  it('columns keep what they can and default the rest', async () => {
    const columns = await clientAnswering(
      JSON.stringify({ rows: [{ entityName: 'audits', properties: [{ name: 'region', sortable: 'yes' }] }] }),
    ).columns();
    expect(columns).toEqual([
      {
        name: 'region',
        displayName: 'region',
        type: 'AlphaNumeric',
        sortable: false,
        filterable: false,
        showInTable: true,
        showInMoreInfo: false,
      },
    ]);
  });

  it('an event without a time is kept, its time empty; the page and the events after it too', async () => {
    const page = await clientAnswering(
      JSON.stringify({
        data: [
          { frontegg_id: 'a', createdAt: '2021-04-07 10:50:40.201', action: 'ok' },
          { frontegg_id: 'b', createdAt: null, action: 'no time' },
          { frontegg_id: 'c', action: 'no time either' },
          { frontegg_id: 'd', createdAt: '2021-04-07 10:49:40.201', action: 'ok too' },
        ],
        total: 4,
      }),
    ).list({ count: 20, offset: 0 });
    expect(page.data.map((e) => [e.frontegg_id, e.createdAt, e.action])).toEqual([
      ['a', '2021-04-07 10:50:40.201', 'ok'],
      ['b', '', 'no time'],
      ['c', '', 'no time either'],
      ['d', '2021-04-07 10:49:40.201', 'ok too'],
    ]);
  });

  it('a metadata entry that is no column is left out; the tenant’s other columns are kept', async () => {
    const answer = (properties: unknown[]) =>
      clientAnswering(JSON.stringify({ rows: [{ entityName: 'audits', properties }] })).columns();
    const region = { name: 'region', displayName: 'Region', type: 'AlphaNumeric' };
    const ticket = { name: 'ticketId', displayName: 'Ticket', type: 'AlphaNumeric' };
    const columns = await answer([region, { displayName: 'Broken' }, null, 'ip', { name: '' }, 7, ticket]);
    expect(columns.map((c) => c.name)).toEqual(['region', 'ticketId']);
    // None a column: the answer is malformed, as before (the log then shows Frontegg's default columns).
    await expect(answer([null, { displayName: 'Broken' }])).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('a stat that is no count is undefined and the other count kept; neither a count is malformed', async () => {
    const answer = (body: unknown) => clientAnswering(JSON.stringify(body)).stats();
    await expect(answer({ totalToday: 5, severeThisWeek: '3' })).resolves.toEqual({
      totalToday: 5,
      severeThisWeek: undefined,
    });
    await expect(answer({ totalToday: -1, severeThisWeek: 2 })).resolves.toEqual({
      totalToday: undefined,
      severeThisWeek: 2,
    });
    await expect(answer({ severeThisWeek: 0 })).resolves.toEqual({
      totalToday: undefined,
      severeThisWeek: 0,
    });
    for (const body of [{ totalToday: '5', severeThisWeek: 1.5 }, {}, [5, 3], null]) {
      await expect(answer(body)).rejects.toMatchObject({ kind: 'malformed', code: 'unexpected-answer' });
    }
  });

  it('metadata that names no column is malformed, as an answer without the audits entry is', async () => {
    const answer = (body: unknown) => clientAnswering(JSON.stringify(body)).columns();
    await expect(answer({ rows: [{ entityName: 'audits', properties: [] }] })).rejects.toMatchObject({
      kind: 'malformed',
    });
    await expect(answer({ rows: [] })).rejects.toMatchObject({ kind: 'malformed' });
  });
});
