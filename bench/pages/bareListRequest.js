// The list request of the bare-table reference page, written by hand (the page uses no library) to be the request
// <AuditLog> sends for the same selection, so both pages time the same answer: no severity selected, the v2 list;
// one or more, the legacy `GET /audits`, the one endpoint that filters by a column, with the values as the client
// encodes them there (one value as itself, several as JSON array text, in the order they were selected).
// bench/lib/bareListRequest.test.mjs holds it to `planAuditRequest` from the built @auditkit/headless.

/**
 * @param {readonly string[]} selected the severities ticked, in the order they were ticked
 * @param {number} pageSize
 * @returns {string} path and query, under the API's base URL
 */
export function bareListRequest(selected, pageSize) {
  const search = new URLSearchParams({
    count: String(pageSize),
    offset: '0',
    sortBy: 'createdAt',
    sortDirection: 'desc',
  });
  if (selected.length === 0) return `/audits/resources/audits/v2?${search}`;
  search.set('severity', selected.length === 1 ? String(selected[0]) : JSON.stringify(selected));
  return `/audits?${search}`;
}
