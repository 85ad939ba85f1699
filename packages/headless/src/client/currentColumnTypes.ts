import type { AuditColumn } from './auditTypes.ts';

// Frontegg's service has answered column metadata typed the way it was before today's types: python-sdk's recording
// of `GET /metadata?entityName=audits` (tests/cassettes/test_get_audits_metadata.yaml) types the built-in `severity`
// and `ip` columns `AlphaNumeric`, and the user who acted `UserIdentity`. Metadata is kept per vendor, so a vendor set
// up then may be served it still. Read with the types those same columns have now, the severity is a badge (and
// flags its row, and is searched by level) and the address is an IP again, instead of plain text.
// Frontegg's own demo metadata (frontegg-react cypress/consts.ts `auditsMetadata`) types that same `user` column
// `AlphaNumeric`: read as `UserIdentity`, it is the user cell again, so an event with no user says "System" and an
// impersonated one "Impersonated by …", instead of an empty cell and a bare name.
const typeNow = (column: AuditColumn): AuditColumn['type'] =>
  column.type !== 'AlphaNumeric'
    ? column.type
    : column.name === 'severity'
      ? 'Severity'
      : column.name === 'ip'
        ? 'IpAddress'
        : column.name === 'user'
          ? 'UserIdentity'
          : column.type;

/**
 * The columns with the types Frontegg gives the same built-in columns today: `severity`, `ip` and `user` typed
 * `AlphaNumeric` by older metadata (or its own demo metadata) become `Severity`, `IpAddress` and `UserIdentity`.
 * Every other column is returned as it is.
 * `useAuditColumns` applies it; apply it yourself to columns read another way (`auditColumnsQueryOptions` with
 * `fetchQuery` or `useSuspenseQuery`, `client.columns()`).
 *
 * @example
 * ```ts
 * currentColumnTypes([{ name: 'severity', type: 'AlphaNumeric', ... }]); // [{ name: 'severity', type: 'Severity', ... }]
 * ```
 */
export function currentColumnTypes(columns: AuditColumn[]): AuditColumn[] {
  return columns.map((column) => {
    const type = typeNow(column);
    return type === column.type ? column : { ...column, type };
  });
}
