import { describe, expect, it } from 'vitest';
import type { AuditEvent, AuditListParams } from '../client/auditTypes.ts';
import type { AuditClient } from '../client/createAuditClient.ts';
import { jsonLinesSource } from './jsonLinesSource.ts';
import { overlappingPageCount, overlappingPageOffset } from './overlappingPages.ts';
import { pagedCsvSource } from './pagedCsvSource.ts';

/**
 * A service over events `e0`…`e{total-1}`, newest first, answering pages by offset as they are when each page is
 * asked for. `change` runs once, when the first page from `changeAt` (the second) on is asked for: what happens to
 * the events between two of the export's requests. `idOf` is what the service gives as an event's id.
 */
function service(
  total: number,
  change?: (ids: string[]) => void,
  {
    changeAt = 1,
    idOf = (id: string) => id,
    finalBreak = true,
  }: { changeAt?: number; idOf?: (id: string) => string; finalBreak?: boolean } = {},
) {
  const ids = Array.from({ length: total }, (_, index) => `e${index}`);
  const asked: { offset: number; count: number }[] = [];
  let changed = false;
  const page = (params: { offset?: number; count?: number }) => {
    const offset = params.offset ?? 0;
    const count = params.count ?? 20;
    asked.push({ offset, count });
    if (offset >= changeAt && !changed) {
      changed = true;
      change?.(ids);
    }
    return ids.slice(offset, offset + count);
  };
  // A CSV page of the asked-for columns: the id for `frontegg_id`, the same action for every event otherwise.
  const client = {
    exportCsvPage: async (params: {
      offset?: number;
      count?: number;
      properties: readonly { name: string; displayName: string }[];
    }) => {
      const { properties } = params;
      const cells = (id: string) =>
        properties.map(({ name }) => (name === 'frontegg_id' ? idOf(id) : '"Signed in, again"')).join(',');
      const header = properties.map(({ displayName }) => displayName).join(',');
      const text = [header, ...page(params).map(cells)].join('\r\n');
      return new Response(finalBreak ? `${text}\r\n` : text).body!;
    },
    list: async (params: AuditListParams) => ({
      data: page(params).map((id): AuditEvent => ({
        frontegg_id: idOf(id),
        createdAt: '2026-11-30T10:00:00.000Z',
      })),
      total: ids.length,
    }),
  } as unknown as AuditClient;
  return { client, asked };
}

const idOnly = { properties: [{ name: 'frontegg_id', displayName: 'frontegg_id' }] };
const action = { name: 'action', displayName: 'Action' };
// The user's columns with the id the export adds as the last (`idColumnAdded`).
const withId = { properties: [action, { name: 'frontegg_id', displayName: 'id' }] };
// The two ways a CSV row names its event: by the id added last, or whole, the user's columns holding the id.
const csvJoins = [
  { params: idOnly, options: { idColumn: 0 } },
  { params: withId, options: { idColumnAdded: true } },
];
const csvIds = async (stream: ReadableStream<Uint8Array>) =>
  (await new Response(stream).text()).trimEnd().split('\r\n').slice(1);
const jsonIds = async (stream: ReadableStream<Uint8Array>) =>
  (await new Response(stream).text())
    .trimEnd()
    .split('\n')
    .map((line) => (JSON.parse(line) as { frontegg_id: string }).frontegg_id);

// One event gone above the next page's offset (retention, a deletion) and one come below it: the count is the
// same, and every page from there on is one event further on. Without the overlap `e200` was never written and
// the file was reported whole.
const oneGoneOneCome = (ids: string[]) => {
  ids.splice(5, 1);
  ids.push('late');
};

// Events of the same millisecond, which the service may return in another order from one request to the next
// (Frontegg documents no second sort key): the edge of the first page is after `e199`.
const swap = (a: number, b: number) => (ids: string[]) => {
  [ids[a], ids[b]] = [ids[b]!, ids[a]!];
};
const everyId = (total: number) => Array.from({ length: total }, (_, index) => `e${index}`);
const sorted = (ids: string[]) => [...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));

describe('pages that overlap by one event', () => {
  it('count and offsets: 200 events, then 199 new ones a page', () => {
    expect([0, 1, 200, 201, 399, 400, 1000].map((total) => overlappingPageCount(total, 200))).toEqual([
      0, 1, 1, 2, 2, 3, 6,
    ]);
    expect([0, 1, 2].map((page) => overlappingPageOffset(page, 200))).toEqual([0, 199, 398]);
  });

  it('a paged CSV export writes every row once when nothing changes', async () => {
    const { client, asked } = service(1000);
    const ids = await csvIds(pagedCsvSource(client, idOnly, 1000, { lookahead: 2 }));
    expect(ids).toEqual(Array.from({ length: 1000 }, (_, index) => `e${index}`));
    expect(asked.map(({ offset }) => offset)).toEqual([0, 199, 398, 597, 796, 995]);
    expect(asked.every(({ count }) => count === 200)).toBe(true);
  });

  it('writes every row once from pages whose last row has no line break', async () => {
    for (const { params, options } of csvJoins) {
      const { client } = service(1000, swap(199, 200), { finalBreak: false });
      const rows = (await new Response(pagedCsvSource(client, params, 1000, options)).text()).split('\r\n');
      // Each page's last row used to run into the next page's first: 995 records, two events in some.
      expect(rows).toHaveLength(1002);
      expect(rows.at(-1)).toBe('');
    }
  });

  it('a paged CSV export stops at the page where events came and went, though the count is the same', async () => {
    const { client } = service(1000, oneGoneOneCome);
    await expect(csvIds(pagedCsvSource(client, idOnly, 1000, { lookahead: 0 }))).rejects.toMatchObject({
      code: 'export-changed',
      detail: { rows: 200 },
    });
  });

  it('joins pages by the event id it added, though every row is alike, and leaves the id out of the file', async () => {
    const still = service(450);
    const text = await new Response(
      pagedCsvSource(still.client, withId, 450, { idColumnAdded: true }),
    ).text();
    expect(text).toBe(`Action\r\n${'"Signed in, again"\r\n'.repeat(450)}`);
    const moved = service(450, oneGoneOneCome);
    await expect(
      new Response(pagedCsvSource(moved.client, withId, 450, { lookahead: 0, idColumnAdded: true })).text(),
    ).rejects.toMatchObject({ code: 'export-changed', detail: { rows: 200 } });
    // Without the id, rows alike cannot tell where a page starts: why the export adds it.
    const blind = service(450, oneGoneOneCome);
    const rows = (await new Response(pagedCsvSource(blind.client, { properties: [action] }, 450)).text())
      .trimEnd()
      .split('\r\n');
    expect(rows).toHaveLength(451);
  });

  it('writes every event once when tied events swap at a page’s edge, in CSV and JSON Lines', async () => {
    // The edge's event after the next one, or the one before it after the edge's. The first-event rule stopped
    // these exports, which lose nothing.
    for (const change of [swap(199, 200), swap(198, 199)]) {
      const added = service(1000, change);
      const rows = (
        await new Response(pagedCsvSource(added.client, withId, 1000, { idColumnAdded: true })).text()
      )
        .trimEnd()
        .split('\r\n');
      expect(rows).toHaveLength(1001);
      const inRows = service(1000, change);
      expect(sorted(await csvIds(pagedCsvSource(inRows.client, idOnly, 1000, { idColumn: 0 })))).toEqual(
        everyId(1000),
      );
      const json = service(1000, change);
      expect(
        sorted(await jsonIds(jsonLinesSource({ client: json.client, params: {}, total: 1000 }))),
      ).toEqual(everyId(1000));
    }
  });

  it('stops when a tied event before the edge swaps with one after it, which would be lost', async () => {
    // e198 comes again on the next page and e200 never: the first-event rule wrote that file, as whole.
    for (const { params, options } of csvJoins) {
      const { client } = service(1000, swap(198, 200));
      await expect(
        new Response(pagedCsvSource(client, params, 1000, { lookahead: 0, ...options })).text(),
      ).rejects.toMatchObject({ code: 'export-changed', detail: { rows: 200 } });
    }
    const json = service(1000, swap(198, 200));
    await expect(
      jsonIds(jsonLinesSource({ client: json.client, params: {}, total: 1000, lookahead: 0 })),
    ).rejects.toMatchObject({ code: 'export-changed', detail: { rows: 200 } });
  });

  it('stops when an event of the page before the page before comes again, one of the page before with it', async () => {
    // A tie longer than a page (a bulk import in one millisecond) in a new order: the page after row 399 starts
    // with that row's event, as it should, but also holds e150, written two pages before, while e400 is lost.
    const move = swap(150, 400);
    for (const { params, options } of csvJoins) {
      const { client } = service(1000, move, { changeAt: 398 });
      await expect(
        new Response(pagedCsvSource(client, params, 1000, { lookahead: 0, ...options })).text(),
      ).rejects.toMatchObject({ code: 'export-changed', detail: { rows: 399 } });
    }
    const json = service(1000, move, { changeAt: 398 });
    await expect(
      jsonIds(jsonLinesSource({ client: json.client, params: {}, total: 1000, lookahead: 0 })),
    ).rejects.toMatchObject({ code: 'export-changed', detail: { rows: 399 } });
  });

  it('joins pages of events without ids, alike across the edge, by the first row as before', async () => {
    // Events 150 to 260 alike, and without an id: a blank id cell in CSV; in JSON Lines the list's content key,
    // numbered for repeats within a page (parseResponses). Their keys repeat, so they cannot name the events.
    const alike = (id: string) => (Number(id.slice(1)) >= 150 && Number(id.slice(1)) <= 260 ? '' : id);
    // Or a few, one a page: an empty key in the page before and the new one is not the same event.
    const few = (id: string) => (['e250', 'e450', 'e650'].includes(id) ? '' : id);
    for (const idOf of [alike, few]) {
      const csv = service(1000, undefined, { idOf });
      const text = await new Response(
        pagedCsvSource(csv.client, withId, 1000, { idColumnAdded: true }),
      ).text();
      expect(text.trimEnd().split('\r\n')).toHaveLength(1001);
    }
    let repeat = 0;
    const json = service(1000, undefined, { idOf: (id) => alike(id) || `content-same~${++repeat}` });
    expect(await jsonIds(jsonLinesSource({ client: json.client, params: {}, total: 1000 }))).toHaveLength(
      1000,
    );
  });

  it('a JSON Lines export writes every event once, and stops where events came and went', async () => {
    const still = service(450);
    expect(await jsonIds(jsonLinesSource({ client: still.client, params: {}, total: 450 }))).toEqual(
      Array.from({ length: 450 }, (_, index) => `e${index}`),
    );
    const moved = service(450, oneGoneOneCome);
    await expect(
      jsonIds(jsonLinesSource({ client: moved.client, params: {}, total: 450, lookahead: 0 })),
    ).rejects.toMatchObject({ code: 'export-changed', detail: { rows: 200 } });
  });
});
