// Optimal-string-alignment distance: the few field names and severities make a hand-written 20-line function
// cheaper than any dependency, and a transposition (`acotr`) must count as one typo.
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate a mistyped name most likely meant: a prefix (`sev` → `severity`) or one within two edits
 * (`actr` → `actor`); `undefined` when nothing is close. Case-insensitive.
 */
export function nearestName(typed: string, candidates: readonly string[]): string | undefined {
  const needle = typed.toLowerCase().slice(0, 64);
  if (!needle) return undefined;
  const limit = needle.length <= 3 ? 1 : 2;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const score =
      needle.length >= 2 && lower.startsWith(needle) ? 0.5 : distance(needle, lower.slice(0, 64), limit);
    if (score <= limit && score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
