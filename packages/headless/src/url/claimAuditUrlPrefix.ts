// Two logs on one page under one URL prefix write the same keys: filtering one and then typing in the other
// erased the first's filter from the URL, with nothing to say why. Each part of a log (its query, its columns)
// claims the prefix while mounted; a second claim of the same part is a second log, and the developer is told.

/** Mounted claims per part and prefix (`query:audit`). */
const claims = new Map<string, number>();
/** Prefixes already warned about: once per page, not on every remount (StrictMode mounts effects twice). */
const warned = new Set<string>();

/**
 * Claims `prefix` for one part of a log (`query` or `columns`) while it is mounted; warns once (`[auditkit]`) when
 * another log claims the same part under the same prefix. Returns the release function.
 *
 * @example
 * ```ts
 * useEffect(() => claimAuditUrlPrefix(prefix, 'query', 'useAuditQueryState'), [prefix]);
 * ```
 */
export function claimAuditUrlPrefix(prefix: string, part: 'query' | 'columns', caller: string): () => void {
  const key = `${part}:${prefix}`;
  const count = (claims.get(key) ?? 0) + 1;
  claims.set(key, count);
  if (count > 1 && !warned.has(prefix)) {
    warned.add(prefix);
    console.warn(
      `[auditkit] ${caller}: two logs keep their state in the URL under the prefix "${prefix}", so each ` +
        `overwrites the other's keys. Give each its own prefix: \`url: { prefix: 'admin' }\` ` +
        `(<AuditLog urlState={{ prefix: 'admin' }}>).`,
    );
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (claims.get(key) ?? 1) - 1;
    if (left > 0) claims.set(key, left);
    else claims.delete(key);
  };
}
