import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportableFields } from '../dataset/auditColumns.ts';
import { createDataset } from '../dataset/createDataset.ts';
import { demoTenants } from '../dataset/demoTenants.ts';
import { hostileStrings } from '../dataset/hostileStrings.ts';
import type { AuditEvent } from '../dataset/types.ts';
import { createCsvStream } from './createCsvStream.ts';
import { csvValue, eventCsvRow } from './csvField.ts';
import type { CsvProperty } from './csvField.ts';

const properties: CsvProperty[] = [...exportableFields].map((name) => ({
  name,
  displayName: `${name} "col", x`,
}));
const now = '2026-06-15T12:00:00.000Z';

/** Any event the dataset can produce, optionally with a hostile or arbitrary string forced into a text field. */
const anyEvent = fc
  .record({
    seed: fc.integer(),
    tenant: fc.constantFrom(...demoTenants.map((t) => t.tenantId)),
    size: fc.integer({ min: 1, max: 1_000_000 }),
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    field: fc.constantFrom('description', 'action', 'user', 'resource', 'userAgent', 'json', 'actorMail'),
    text: fc.option(fc.oneof(fc.constantFrom(...hostileStrings), fc.string({ unit: 'binary' })), {
      nil: undefined,
    }),
  })
  .map(({ seed, tenant, size, at, field, text }) => {
    const event: Record<string, unknown> = {
      ...createDataset({ seed, now })
        .series(tenant, size)!
        .eventAt(Math.floor(at * size)),
    };
    if (text !== undefined) event[field] = field === 'json' ? { note: text, list: [text] } : text;
    return event as AuditEvent;
  });

async function exportCsv(events: AuditEvent[]): Promise<string> {
  return new Response(createCsvStream(events[Symbol.iterator](), properties, { batchSize: 3 })).text();
}

describe('CSV export round trip', () => {
  it('parses back (papaparse) to exactly the same field values for any event the dataset can produce', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyEvent, { minLength: 1, maxLength: 8 }), async (events) => {
        const parsed = Papa.parse<string[]>(await exportCsv(events), {
          delimiter: ',',
          newline: '\r\n',
          skipEmptyLines: false,
        });
        expect(parsed.errors).toEqual([]);
        // The last record is the empty line after the final CRLF.
        expect(parsed.data.at(-1)).toEqual(['']);
        expect(parsed.data[0]).toEqual(properties.map((p) => p.displayName));
        expect(parsed.data.slice(1, -1)).toEqual(
          events.map((e) =>
            properties.map((p) =>
              // Frontegg's zone-less UTC time is written as ISO 8601 with Z; everything else as it is.
              p.name === 'createdAt' ? `${e.createdAt.replace(' ', 'T')}Z` : csvValue(e[p.name]),
            ),
          ),
        );
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('writes timestamps as ISO 8601 UTC and payloads as compact JSON', async () => {
    const event = createDataset({ seed: 1, now }).series('tenant-acme', 10)!.eventAt(0);
    const [, row] = Papa.parse<string[]>(await exportCsv([event]), { delimiter: ',', newline: '\r\n' }).data;
    const cell = (name: string) => row![properties.findIndex((p) => p.name === name)];
    expect(cell('createdAt')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(cell('json')).toBe(JSON.stringify(event.json));
  });

  it('quotes exactly the fields RFC 4180 requires and leaves formulas as they are', async () => {
    const text = await new Response(
      createCsvStream(
        [
          {
            a: 'plain',
            b: ' lead',
            c: 'trail ',
            d: 'x,y',
            e: 'say "hi"',
            f: 'l1\nl2',
            g: '=1+2',
            h: undefined,
          },
        ][Symbol.iterator](),
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((name) => ({ name, displayName: name.toUpperCase() })),
      ),
    ).text();
    expect(text).toBe('A,B,C,D,E,F,G,H\r\nplain," lead","trail ","x,y","say ""hi""","l1\nl2",=1+2,\r\n');
  });
});

describe('eventCsvRow', () => {
  it('writes a record of one empty field as "", which a CSV reader keeps as a row (a blank line it skips)', () => {
    const action = [{ name: 'action', displayName: 'Action' }];
    const row = eventCsvRow({ frontegg_id: 'e1' }, action);
    expect(row).toBe('""\r\n');
    // Two empty fields are a comma already.
    expect(eventCsvRow({}, [...action, { name: 'description', displayName: 'Description' }])).toBe(',\r\n');
  });
});
