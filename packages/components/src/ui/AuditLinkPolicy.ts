/**
 * Which event text may become a link: the host's opt-in (`<AuditLog links>`, `AuditUiProvider links`). A URL in an
 * opted-in field becomes a link when headless's `allowedLink` allows it for `origins`.
 */
export interface AuditLinkPolicy {
  /** Event fields (column names) whose URLs may be links, e.g. `['resource']`. */
  fields: readonly string[];
  /** Origins a link may point to, e.g. `['https://app.acme.test']`; any other URL stays text. */
  origins: readonly string[];
}
