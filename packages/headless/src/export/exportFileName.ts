import { auditTimeMs } from '../client/parseAuditTime.ts';

/** What an export file holds, for its name. */
export interface ExportFileNameParts {
  /**
   * Tenant id or name; what is not a letter or digit (of any script), `_` or `-` becomes `-`. Absent or `''`, the
   * tenant part is left out (`audit-log_<from>_…`), for a caller that knows no tenant to name.
   */
  tenant?: string | undefined;
  /** Start of the range, ISO 8601; absent means from the beginning. */
  from?: string | undefined;
  /** End of the range, ISO 8601: a bound every row of the file is at or before. */
  to?: string | undefined;
  /**
   * For a range with no end (`to` absent): when the export was taken, ISO 8601, named as `taken-<time>`. Not an
   * end: the server stamps events with its own clock, which may be ahead of the one that took the export, so the
   * file may hold rows stamped after it. Neither given: `latest`.
   */
  takenAt?: string | undefined;
  /** The zone the file's times are written in, named in the file. @default 'UTC' */
  timeZone?: string | undefined;
  /** @default 'csv' */
  extension?: 'csv' | 'jsonl' | undefined;
}

// Letters and digits of any script (with their combining marks), `_` and `-`: a tenant called `Société Générale`
// or `株式会社テスト` keeps its name, which every current file system stores. Everything else becomes `-`: path
// and reserved characters, spaces, emoji, and the invisible and direction controls that could make a name show
// as another (`evil\u202Egpj.exe` seen as `evilexe.jpg`). Some invisible characters count as letters or marks
// and are taken out too: variation selectors (which would keep `☁` as an invisible U+FE0F), the keycap mark and
// the Hangul fillers.
const unsafe = /[^\p{L}\p{M}\p{N}_-]|\p{Variation_Selector}|\u20E3|[\u115F\u1160\u3164\uFFA0]/gu;
// A mark with no letter or digit before it to go on (left alone where what it marked was taken out).
const strayMarks = /(^|-)\p{M}+/gu;

/**
 * The tenant part's length: 64 characters, and 100 bytes in UTF-8, so that the whole name stays well within the
 * 255 bytes a file name may take on Linux and macOS whatever the script (64 CJK characters are 192 bytes).
 */
const maxCharacters = 64;
const maxBytes = 100;

const safe = (text: string) => {
  const characters = Array.from(
    text
      .normalize('NFC')
      .replace(unsafe, '-')
      .replace(strayMarks, '$1')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, ''),
  );
  // Cut by code point, so a character outside the BMP is never split in two.
  let bytes = 0;
  let kept = 0;
  for (const character of characters.slice(0, maxCharacters)) {
    bytes += utf8Length(character.codePointAt(0)!);
    if (bytes > maxBytes) break;
    kept++;
  }
  return characters.slice(0, kept).join('').replace(/-+$/, '');
};

const utf8Length = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

// `2026-11-26T0105Z`: sortable, readable, and free of the `:` that Windows refuses in file names.
const stamp = (iso: string) => {
  const time = auditTimeMs(iso);
  return time === undefined ? 'unknown' : new Date(time).toISOString().slice(0, 16).replace(':', '') + 'Z';
};

/**
 * The file name of an export: `audit-log_<tenant>_<from>_<to>_<zone>.<ext>` (`<tenant>_` left out with no tenant),
 * safe characters only (letters and digits of any script in the tenant's name). The range is in UTC (`Z`); `<to>`
 * is `taken-<time>` for a range with no end (see `takenAt`); the last part names the zone the file's times are
 * written in.
 *
 * @example
 * ```ts
 * exportFileName({ tenant: 'acme', from: '2026-11-19T01:05:00Z', to: '2026-11-26T01:05:00Z', timeZone: 'Europe/Paris' });
 * // 'audit-log_acme_2026-11-19T0105Z_2026-11-26T0105Z_Europe-Paris.csv'
 * exportFileName({ tenant: 'acme', takenAt: '2026-11-26T01:05:00Z' });
 * // 'audit-log_acme_start_taken-2026-11-26T0105Z_UTC.csv'
 * exportFileName({ takenAt: '2026-11-26T01:05:00Z' });
 * // 'audit-log_start_taken-2026-11-26T0105Z_UTC.csv'
 * ```
 */
export function exportFileName({
  tenant,
  from,
  to,
  takenAt,
  timeZone,
  extension,
}: ExportFileNameParts): string {
  const zone = safe((timeZone ?? 'UTC').replace(/\+/g, 'plus')) || 'UTC';
  const end = to !== undefined ? stamp(to) : takenAt !== undefined ? `taken-${stamp(takenAt)}` : 'latest';
  // A name with nothing safe in it still says that a tenant was named.
  const tenantPart = tenant ? `${safe(tenant) || 'tenant'}_` : '';
  return `audit-log_${tenantPart}${from ? stamp(from) : 'start'}_${end}_${zone}.${extension ?? 'csv'}`;
}
