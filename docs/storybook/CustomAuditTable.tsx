import { useAuditEvents, useAuditQueryState, type AuditQuery } from '@auditkit/headless';

const severe = ['High', 'Critical'];

/**
 * A complete custom audit table on @auditkit/headless alone: plain elements, the host's own markup and styles.
 * Search, one filter, paging, loading, error and permission states come from the hooks.
 */
export function CustomAuditTable({ defaultQuery }: { defaultQuery?: AuditQuery }) {
  const state = useAuditQueryState({ defaultValue: defaultQuery });
  const { query } = state;
  const { data, error, isPending, isPlaceholderData } = useAuditEvents(query);
  const pages = data ? Math.max(1, Math.ceil(data.total / query.pageSize)) : 1;
  const severeOnly = (query.filters.severity ?? []).length > 0;

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
              <th scope="col">Time (UTC)</th>
              <th scope="col">User</th>
              <th scope="col">Action</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {data?.data.map((event) => (
              <tr key={event.frontegg_id}>
                <td>{event.createdAt}</td>
                <td>{event.email ?? 'System'}</td>
                <td>{event.action}</td>
                <td>{event.severity}</td>
              </tr>
            ))}
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
