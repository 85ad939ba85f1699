// The export in the runtime's own zone, `timeZone: 'local'` (what `AuditView.timeZone` and the search box allow).
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToMemory } from '../test-utils/exportToMemory.ts';
import { setupMockBackend } from '../test-utils/mockBackend.ts';
import { parseExportTime } from './parseExportTime.ts';
import { createZonedTimeFormatter } from './zonedTimeFormatter.ts';

setupMockBackend(60);
const now = new Date();
// +12:45 (+13:45 in its summer), far from any machine's: a time written in UTC or in the machine's zone would show.
// A name ICU keeps as given (it reports Asia/Kathmandu as Asia/Katmandu).
const runtimeZone = 'Pacific/Chatham';

// Node re-reads TZ when it is assigned: the runtime's zone is Chatham for this file's tests.
const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = runtimeZone;
});
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const parse = (text: string) => Papa.parse<string[]>(text, { newline: '\r\n' }).data.slice(0, -1);

describe("export with timeZone: 'local'", () => {
  it('writes the time column in the runtime’s zone, and names that zone (not "local") in the header and file name', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(runtimeZone); // the zone really is Chatham
    const { result, target } = await exportToMemory({ now, format: 'csv', timeZone: 'local' });
    const plain = await exportToMemory({ now, format: 'csv-plain' });
    expect(result.status).toBe('done');
    expect(result.fileName).toMatch(/_Pacific-Chatham\.csv$/);
    const rows = parse(target.text().replace(/^\uFEFF/, ''));
    const raw = parse(plain.target.text());
    expect(rows[0]?.slice(0, 2)).toEqual(['Time (Pacific/Chatham)', 'UTC offset (Time)']);
    expect(rows).toHaveLength(raw.length);
    expect(rows.length).toBeGreaterThan(1);
    const chatham = createZonedTimeFormatter(runtimeZone);
    raw.slice(1).forEach(([time], index) => {
      const [local, offset] = rows[index + 1]!;
      const instant = parseExportTime(time!);
      expect(local).toBe(chatham.local(instant));
      expect(offset).toBe(`UTC${chatham.offset(instant)}`);
    });
  });

  it('writes JSON Lines times with the runtime zone’s offset', async () => {
    const { result, target } = await exportToMemory({ now, format: 'jsonl', timeZone: 'local' });
    expect(result.fileName).toMatch(/_Pacific-Chatham\.jsonl$/);
    const lines = target
      .text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { createdAt: string });
    expect(lines.length).toBeGreaterThan(0);
    for (const { createdAt } of lines) expect(createdAt).toMatch(/\+1[23]:45$/);
  });

  it('still refuses a zone Intl does not know, naming it', async () => {
    await expect(exportToMemory({ now, timeZone: 'Mars/Olympus_Mons' })).rejects.toThrow(
      /Unknown time zone "Mars\/Olympus_Mons"/,
    );
  });
});
