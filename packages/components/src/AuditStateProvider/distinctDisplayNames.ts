import type { AuditColumn } from '@auditkit/headless';

// What a reader takes for the same name: case, surrounding spaces and Unicode composition (`País` typed as `i` and
// a combining accent) do not tell two labels apart on screen or to a screen reader.
const seenAs = (displayName: string) => displayName.trim().normalize('NFC').toLowerCase();

/**
 * The columns with a display name each of their own: a column whose display name another's repeats (`region` and
 * `Region`, both "Region") is shown as `Region (region)` and `Region (Region)`. Two identical picker checkboxes,
 * headers, chips, detail labels and CSV header cells could not be told apart, nor named apart to a screen reader.
 *
 * The column's name goes in the parentheses, not a number: it is the one thing the two surely differ by, it is
 * the same on every load whatever the metadata's order, and it is what links, searches and the API call the column.
 * Columns whose display name is their own keep it as it is; the same array comes back when none repeats, so a
 * memo on it holds. (A third column displayed exactly `Region (region)` would still read alike: no vendor's
 * metadata has been seen to do that.)
 */
export function distinctDisplayNames(columns: readonly AuditColumn[]): readonly AuditColumn[] {
  // A Map, not an object: display names are the vendor's data, `__proto__` included.
  const counts = new Map<string, number>();
  for (const column of columns) {
    const key = seenAs(column.displayName);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (columns.every((column) => counts.get(seenAs(column.displayName)) === 1)) return columns;
  return columns.map((column) =>
    counts.get(seenAs(column.displayName)) === 1
      ? column
      : { ...column, displayName: `${column.displayName.trim()} (${column.name})` },
  );
}
