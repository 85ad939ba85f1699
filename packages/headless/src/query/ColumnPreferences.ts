/**
 * A user's column choice, as stored, put in a link and saved in a view: every known column in display order, and
 * which of them are visible. Here, not beside `useColumnPreferences`, so `@auditkit/headless/core` (no React) can
 * name it for its URL and saved-view functions.
 */
export interface ColumnPreferences {
  order: readonly string[];
  visible: readonly string[];
}
