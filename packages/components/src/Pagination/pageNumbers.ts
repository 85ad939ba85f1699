/**
 * Page numbers to show (0-based), with `null` for a gap: the first, the last and two either side of the
 * current one, e.g. 0 … 4 5 6 7 8 … 41.
 */
export function pageNumbers(current: number, count: number): Array<number | null> {
  const shown = new Set([0, count - 1]);
  for (let page = current - 2; page <= current + 2; page++) if (page >= 0 && page < count) shown.add(page);
  const sorted = [...shown].filter((page) => page >= 0).sort((a, b) => a - b);
  const result: Array<number | null> = [];
  for (const page of sorted) {
    const previous = result.at(-1);
    if (typeof previous === 'number' && page - previous > 1) result.push(null);
    result.push(page);
  }
  return result;
}
