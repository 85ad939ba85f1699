import {
  auditActor,
  parseAuditTime,
  resolveAuditTimeZone,
  useAuditEvents,
  useAuditQueryState,
  valueToText,
  type AuditQuery,
} from '@auditkit/headless';
import { useMemo } from 'react';

const severe = ['High', 'Critical'];

/**
 * A complete custom audit table on @auditkit/headless alone: plain elements, the host's own markup and styles.
 * Search, one filter, paging, loading, error and permission states come from the hooks; who acted, event text and
 * times are shown with headless's helpers, as `<AuditLog>` shows them.
 */
export function CustomAuditTable({
  defaultQuery,
  timeZone = 'UTC',
}: {
  defaultQuery?: AuditQuery;
  /** An IANA zone, or `'local'` for the viewer's. */
  timeZone?: string;
}) {
  const state = useAuditQueryState({ defaultValue: defaultQuery });
  const { query } = state;
  const { data, error, isPending, isPlaceholderData } = useAuditEvents(query);
  const pages = data ? Math.max(1, Math.ceil(data.total / query.pageSize)) : 1;
  const severeOnly = (query.filters.severity ?? []).length > 0;
  // Built once per zone, not per cell: building a formatter costs far more than formatting with it. The zone's
  // name is in each time (`timeStyle: 'long'`), so no reader takes a UTC time for their own.
  const time = useMemo(
    () =>
      new Intl.DateTimeFormat('en-US', {
        dateStyle: 'medium',
        timeStyle: 'long',
        timeZone: resolveAuditTimeZone(timeZone),
      }),
    [timeZone],
  );

  return (
    <section aria-label="My audit log" style={{ font: '14px system-ui', display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <input
          type="search"
          aria-label="Search events"
          value={query.search}
          onChange={(event) => state.setSearch(event.target.value)}
        />
        <button
          type="button"
          aria-pressed={severeOnly}
          onClick={() => state.setFilter('severity', severeOnly ? [] : severe)}
        >
          Severe only
        </button>
      </div>
      {error ? (
        <p role="alert">
          {error.status === 403
            ? 'You may not see the audit log.'
            : `Could not load events: ${error.message}`}
        </p>
      ) : isPending ? (
        <p role="status">Loading…</p>
      ) : (
        <table aria-label="Events" aria-busy={isPlaceholderData}>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">User</th>
              <th scope="col">Action</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {data?.data.map((event) => {
              // The name, else the email, else the user id (Frontegg sends events naming their user by id alone):
              // "System" only when no one is named.
              const actor = auditActor(event);
              // Undefined when it is not a time: `format(undefined)` would say now.
              const at = parseAuditTime(event.createdAt);
              return (
                <tr key={event.frontegg_id}>
                  <td>{at ? time.format(at) : valueToText(event.createdAt)}</td>
                  <td>
                    {actor.system ? 'System' : actor.name}
                    {actor.email && <small> {actor.email}</small>}
                    {actor.impersonatedBy && <small> Impersonated by {actor.impersonatedBy}</small>}
                  </td>
                  {/* As text, never HTML, with hidden marks shown: `Deleted \u202Efdp.exe` would read "Deleted exe.pdf". */}
                  <td>{valueToText(event.action)}</td>
                  <td>{valueToText(event.severity)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <nav aria-label="Pages" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <button type="button" disabled={query.page === 0} onClick={() => state.setPage(query.page - 1)}>
          Previous
        </button>
        <span>
          Page {query.page + 1} of {pages}
        </span>
        <button
          type="button"
          disabled={query.page + 1 >= pages}
          onClick={() => state.setPage(query.page + 1)}
        >
          Next
        </button>
      </nav>
    </section>
  );
}
