/**
 * Names the audits API reads as its own parameters (the contract's per-endpoint table, plus the time column,
 * which the query model's `from`/`to` own). A link can never set them as a filter: `audit.tenant_ids=…` or
 * `audit.count=…` would otherwise widen or reshape the request, whatever the column metadata says.
 *
 * `users` is not one of them, though v2 documents it as a parameter: it is the query model's own filter by user
 * (as `email` is), shown as a chip and sent only as that narrowing parameter (`planAuditRequest`; the legacy list
 * reports it not applied), so a link that sets it narrows what is shown, visibly, like any filter. It was listed
 * with the rest of the table when links were locked down, before the model took it as a filter, and from then on a
 * reload, Back, a shared link or a saved "one user" view dropped that filter silently.
 */
export const apiParameterNames: ReadonlySet<string> = new Set([
  'count',
  'offset',
  'limit',
  'sortBy',
  'sortDirection',
  'filter',
  'created_from',
  'created_to',
  'createdAt',
  'tenant_ids',
  'tenantId',
  'vendorId',
  'featureFlagId',
  'paginationMode',
  'outputFileName',
  'entityName',
]);
