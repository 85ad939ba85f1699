import type { AuditSearchProblem, AuditSearchTerm, AuditSeverity, UnappliedReason } from '@auditkit/headless';
import { pluralOf } from './plural.ts';

/**
 * Every string the components show. Hosts override any subset through the `messages` prop, or pass a whole pack
 * (`@auditkit/components/messages/de`…); a pack typed `AuditMessages` that misses a key does not compile.
 * Entries that take values are functions so word order stays translatable. Numbers arrive already formatted with
 * `Intl` in the log's locale; where the wording depends on a count, the count itself comes last, for
 * `Intl.PluralRules`.
 */
export interface AuditMessages {
  /** Accessible name of the whole audit log region. @default 'Audit log' */
  regionLabel: string;
  /**
   * A part's landmark name inside a log the host named (its own `regionLabel`), so two logs on one page have
   * different landmarks: the summary (`statsLabel`), the filters (`filtersLabel`) and the pager
   * (`paginationLabel`) take it unless the host names them too. Not used under the language's own `regionLabel`.
   * @default (log, part) => `${log}: ${part}`
   */
  withinLog: (log: string, part: string) => string;
  /** Caption of the events table (visually hidden). @default 'Audit events' */
  tableCaption: string;
  loading: string;
  /** Shown when the tenant has no events at all. */
  emptyNoEvents: string;
  /** Shown when filters hide every event. */
  emptyNoMatch: string;
  clearFilters: string;
  /**
   * Shown for a numbered page that came back empty while the count says there are events (some were removed
   * between the count and the page).
   */
  emptyPage: string;
  /** The button beside `emptyPage` that goes back to the first page. */
  emptyPageGoFirst: string;
  errorTitle: string;
  /** Shown in place of a part that failed to render (with Retry). */
  partError: string;
  retry: string;
  // Failures the library words itself (`AuditApiError.code`); a server's own message is shown as it sent it.
  errorCancelled: string;
  /**
   * No session: the host's `getToken` gave no token, or the API refused the token (401) and a fresh one from
   * `getToken` too.
   */
  errorNoToken: string;
  errorUnreachable: string;
  /** The answer broke off while it was read. */
  errorBrokeOff: string;
  errorUnexpectedAnswer: string;
  /** An error status the answer says nothing more about; `status` is the HTTP status code, e.g. '503'. */
  errorStatus: (status: string) => string;
  errorNoBody: string;
  retryAfter: (seconds: string, count: number) => string;
  traceId: (id: string) => string;
  noPermission: string;
  system: string;
  impersonatedBy: (actor: string) => string;
  unknownValue: string;
  /** In place of an event value nested too deeply to show (`UNSHOWABLE_VALUE`). */
  unshowableValue: string;
  resizeColumn: (column: string) => string;
  /** The step buttons shown while a column is resized, for a pointer (no drag needed). */
  narrowColumn: (column: string) => string;
  widenColumn: (column: string) => string;
  detailsTitle: string;
  /** Labels of event fields that have no metadata column; other keys are shown as they are. */
  fieldLabels: Readonly<Record<string, string>>;
  detailsFor: (action: string, time: string) => string;
  ipLocation: (ip: string) => string;
  ipLocationLoading: string;
  ipLocationUnknown: string;
  ipLocationError: string;
  showJson: string;
  hideJson: string;
  copy: string;
  /** Accessible name of the copy button of a named section. @default (name) => `Copy ${name}` */
  copyNamed: (name: string) => string;
  /**
   * Name of the read-only field that holds a section's text to copy by hand when the clipboard is missing or
   * refused. @default (name) => `${name}, to copy by hand`
   */
  copyByHand: (name: string) => string;
  copied: string;
  copyFailed: string;
  /** The details panel's button that copies a link to the event (the log opened on it). @default 'Copy link to this event' */
  copyEventLink: string;
  /** Name of the read-only field holding that link when the clipboard fails. @default 'Link to this event' */
  eventLinkLabel: string;
  /**
   * The button at the top of an event's details that copies the whole event as JSON, every field as the API sent
   * it. @default 'Copy this event as JSON'
   */
  copyEventJson: string;
  /** The field that offers the event's JSON to copy by hand (with `copyByHand`). @default 'This event as JSON' */
  eventJsonLabel: string;
  /**
   * Said when a link names an event the log cannot find around its time: removed since, or not the viewer's to see.
   */
  linkedEventMissing: string;
  before: string;
  after: string;
  expandNode: (key: string) => string;
  /**
   * The button under a JSON branch that shows only its first entries: `more` entries of the `left` not shown yet
   * are added. `count` is `left` as a number, for plurals (`more` is `left` when fewer than a slice are left).
   * @default (more, left) => `Show ${more} more (${left} left)`
   */
  showMoreEntries: (more: string, left: string, count: number) => string;
  /** Read after a key of the before/after view whose value differs on the other side (the mark is visual). */
  jsonChanged: string;
  /** Heading of the event's JSON payload when the column metadata names none. @default 'Json Data' (Frontegg's name) */
  jsonData: string;
  // Filter bar
  /** Accessible name of the filter bar (a search landmark). @default 'Filters' */
  filtersLabel: string;
  /**
   * The narrow layout's button that shows and hides every filter. A host's `filtersLabel` names it too, unless the
   * host gives this one. @default 'Filters'
   */
  filtersToggle: string;
  /** The popover of the user, action and IP filters (the narrow layout's "Filters" button opens all of them). */
  moreFilters: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** How to use the search language (read by screen readers with the box). */
  searchHint: string;
  searchSuggestions: string;
  /**
   * Beside the suggestions `today` and `yesterday`: they are applied as the date they name, which a link or a saved
   * view keeps (unlike the relative presets such as `7d`).
   */
  searchFixedDate: string;
  searchNotApplied: string;
  /** Why a term is not applied; the default is the parser's English sentence. */
  searchProblem: (problem: AuditSearchProblem, term: AuditSearchTerm) => string;
  searchUseField: (field: string) => string;
  /** Label of the list of terms applied as typed whose value may be a typo (`severity:Hihg`). */
  searchCheck: string;
  /** Why such a value may be a typo, and the value it may have meant. */
  searchValueHint: (value: string, suggestion: string) => string;
  /** Replaces the value with the one it may have meant. */
  searchUseValue: (value: string) => string;
  /**
   * Under the search box when the search language (a file of its own, fetched on demand) could not be fetched: a
   * deploy while the page was open, a blocked host. Enter, typing or focus tries again; a reload fetches the
   * current files.
   * @default 'Search could not be loaded. Reload the page, or press Enter to try again.'
   */
  searchUnavailable: string;
  // Saved views
  views: string;
  viewsPredefined: string;
  viewsMine: string;
  viewsSaveCurrent: string;
  viewsManage: string;
  viewsDialogTitle: string;
  viewName: string;
  viewsSave: string;
  viewsEmpty: string;
  viewDefault: string;
  viewLink: string;
  viewRenameShort: string;
  viewDeleteShort: string;
  viewSaved: (name: string) => string;
  viewApplied: (name: string) => string;
  viewDeleted: (name: string) => string;
  viewApply: (name: string) => string;
  viewSetDefault: (name: string) => string;
  viewCopyLink: (name: string) => string;
  viewLinkLabel: (name: string) => string;
  viewRename: (name: string) => string;
  viewRenameLabel: (name: string) => string;
  viewDelete: (name: string) => string;
  /** The button beside "View “…” deleted" that puts the view back (its visible text). */
  viewUndo: string;
  /**
   * That button's name for a screen reader or voice control. It contains `viewUndo`'s words (WCAG 2.5.3), at its
   * start where the language's word order allows, in one phrase with the view's name (not "Undo: …").
   */
  viewUndoDelete: (name: string) => string;
  viewRestored: (name: string) => string;
  // Why a change to saved views was refused (`SavedViewError.code`), said in the views dialog. What a host's own
  // storage throws is its own words and shown as sent.
  viewErrorNameMissing: string;
  /** `max` is the most characters a view's name has, formatted ('120'). */
  viewErrorNameTooLong: (max: string) => string;
  /**
   * A rename to a name another view has, or a save under a suggested view's name (in any case); `name` is that
   * view's, as it spells it.
   */
  viewErrorNameTaken: (name: string) => string;
  /** `max` is the most views one user keeps, formatted ('100'). */
  viewErrorTooMany: (max: string) => string;
  viewErrorLoading: string;
  /** The user's views could not be loaded, so a change would overwrite them. */
  viewErrorNotLoaded: string;
  viewErrorUnknown: string;
  /** A predefined view ("Suggested views") cannot be renamed or deleted. */
  viewErrorPredefined: string;
  /** The browser's storage (`localStorage`) is full: a `QuotaExceededError`. */
  viewErrorStorageFull: string;
  /** A view whose query a stored view would not keep whole; `reason` is one of the `queryOver…` messages. */
  viewErrorQueryTooBig: (reason: string) => string;
  /**
   * A view whose column choice a stored view would not keep (`SavedViewError` code `columns-too-big`); `max` is the
   * most column names a stored view keeps, formatted ('1,000').
   */
  viewErrorColumnsTooBig: (max: string) => string;
  // Which limit of what a link or a saved view carries a query is over (`AuditQueryOverLimitReason.code`). The
  // limits are fixed and large (`auditQueryLimits`), so no count for a plural; `column` is the column's name as the
  // table shows it.
  queryOverSearch: (max: string) => string;
  /** A view's search and filters together over what a stored view keeps (each within its own limit). */
  queryOverStored: (max: string) => string;
  queryOverColumns: (max: string) => string;
  /** A filter on a column whose name a link cannot carry (a control character or `[` in it, or over 200 long). */
  queryOverColumnName: (column: string) => string;
  queryOverValues: (column: string, max: string) => string;
  queryOverValueLength: (column: string, max: string) => string;
  /** A filter change refused because a link could not carry it back; `reason` is one of the `queryOver…` messages. */
  filterNotChanged: (reason: string) => string;
  timeRange: string;
  timeAll: string;
  timeLastHour: string;
  timeLast24Hours: string;
  timeLast7Days: string;
  timeLast30Days: string;
  timeLast90Days: string;
  timeLast365Days: string;
  timeCustom: string;
  timeFrom: string;
  timeTo: string;
  timeRangeInvalid: string;
  apply: string;
  users: string;
  emails: string;
  actions: string;
  severity: string;
  /** The API's severities as shown (badge, severity filter); the search language keeps the API's own names. */
  severityLabels: Readonly<Record<AuditSeverity, string>>;
  ipAddress: string;
  addValue: (field: string) => string;
  valuePlaceholder: string;
  activeFilters: string;
  removeFilter: (label: string, value: string) => string;
  /**
   * Accessible name of the button beside a field of an event's details that filters the log to exactly that value
   * (that field's filter replaced, every other filter kept). `label` is the field's name and `value` its value, as
   * the details show them; the button itself shows only an icon.
   * @default (label, value) => `Show only events where ${label} is ${value}`
   */
  filterToValue: (label: string, value: string) => string;
  /**
   * Accessible name of the button beside an event's time in its details that sets the log's time range to five
   * minutes either side of it (the filters and search kept); the button itself shows only an icon.
   * @default 'Show events from 5 minutes before to 5 minutes after this one'
   */
  eventsAroundTime: string;
  /**
   * A field's label and its value, as a filter chip and the list of filters not applied show them; the
   * punctuation is the language's (a no-break space before French ":", a full-width Japanese "："). Both arrive as
   * shown, hidden characters marked. @default (label, value) => `${label}: ${value}`
   */
  labelled: (label: string, value: string) => string;
  /** A heading that introduces the list after it. @default (heading) => `${heading}:` */
  listHeading: (heading: string) => string;
  /**
   * A text with a remark after it in parentheses, as the list of filters not applied gives each one's reason: the
   * parentheses and the space before them are the language's (Japanese full-width `（）`, no space).
   * @default (text, note) => `${text} (${note})`
   */
  noted: (text: string, note: string) => string;
  /** Marks a chip whose filter the API cannot apply with the rest (the rows are not filtered by it). */
  notApplied: string;
  /** Heading of the list of filters (or the sort) the API cannot apply. @default 'Not applied to the rows shown' */
  unappliedTitle: string;
  /** Heading of the same list in the export dialog. @default 'Not applied to the file' */
  exportUnappliedTitle: string;
  /** Why a filter, the sort or a time bound is not applied, by `UnappliedFilter.reason`. */
  unappliedReasons: Readonly<Record<UnappliedReason, string>>;
  /** Label of the sort in that list. @default (column) => `Sort by ${column}` */
  unappliedSort: (column: string) => string;
  clearAll: string;
  close: string;
  // Column picker
  columns: string;
  columnsTitle: string;
  moveUp: (column: string) => string;
  moveDown: (column: string) => string;
  movedTo: (column: string, position: string, total: string) => string;
  resetColumns: string;
  /** Said (politely, in the column picker) once "Reset columns" has put the columns back. @default 'Columns reset' */
  columnsReset: string;
  /**
   * A column change refused because a link could not carry the choice back (over `max` column names, with the log's
   * URL state on).
   */
  columnsNotChanged: (max: string) => string;
  dragHandle: (column: string) => string;
  /**
   * Label of the field that narrows the column picker's list (shown for a wide schema) by display or column name.
   * @default 'Find a column'
   */
  filterColumns: string;
  /** Said (politely) once typing in that field pauses; `count` is the number of columns shown. */
  columnMatches: (total: string, count: number) => string;
  /** Shown and said when no column matches that field. @default 'No column matches' */
  noColumnMatches: string;
  /**
   * The keys that move a column to either end from its checkbox or move buttons, shown with the field.
   * @default 'Home moves a column to the top, End to the bottom.'
   */
  columnMoveKeys: string;
  // Export
  exportCsv: string;
  exportVisibleColumns: string;
  exportAllColumns: string;
  exportStart: string;
  exportCancel: string;
  /** `total` is '…' and `count` undefined while the total is not known. */
  exportProgress: (rows: string, total: string, count: number | undefined) => string;
  /** Announced every 10 % while an export runs; `percent` is formatted, e.g. '50 %' in German. */
  exportPercent: (percent: string) => string;
  exportDone: (rows: string, count: number) => string;
  /** A finished export (`exportDone`'s text) and what the file could not apply, listed in the locale. */
  exportDoneLeftOut: (done: string, left: string) => string;
  exportCancelled: string;
  /**
   * A cancelled export written into the host's own stream (`<ExportButton target>`), which already holds the events
   * written before the cancel: no "no file was saved".
   */
  exportCancelledToHost: string;
  exportFailed: (reason: string) => string;
  /** After `exportFailed` when the file was the library's to save (a download, a picked file): none was. */
  exportNoFile: string;
  // Why an export failed, when the library says it (the reason `exportFailed` is given). Counts as `exportProgress`.
  /** The file's one stream broke off after `rows` of `total` events. */
  exportBrokeOff: (rows: string, total: string, count: number) => string;
  /** As `exportBrokeOff`, when the server sent no total: after `rows` events (`count` is their number). */
  exportBrokeOffAfter: (rows: string, count: number) => string;
  exportStartBrokeOff: string;
  /** A part of the file, from event number `event` on, broke off (again after its retries). */
  exportPageBrokeOff: (event: string) => string;
  /** The file ended with `rows` of the `total` events it should hold. */
  exportEndedEarly: (rows: string, total: string, count: number) => string;
  /** The matching events changed while the file was written (an event arrived late inside the time range). */
  exportChanged: string;
  /**
   * The server sent more events than the count of those matching (it did not apply a filter, or repeated rows), so
   * the export was stopped rather than saving events the filters leave out.
   */
  exportTooManyRows: string;
  exportNoPermission: string;
  exportFormat: string;
  exportFormatCsv: string;
  exportFormatCsvHint: string;
  exportFormatCsvSemicolon: string;
  exportFormatCsvSemicolonHint: string;
  exportFormatCsvPlain: string;
  exportFormatCsvPlainHint: string;
  exportFormatJsonl: string;
  exportFormatJsonlHint: string;
  exportTimes: string;
  exportTimesInZone: (zone: string) => string;
  exportTimesUtc: string;
  /**
   * A spreadsheet CSV's header of the UTC offset column written after each time column; `column` is that column's
   * own header, so two time columns' offsets are told apart.
   */
  exportOffsetHeader: (column: string) => string;
  /** How the file will be saved; `size` is the estimated size, or '' when unknown. */
  exportByDownload: (size: string) => string;
  exportByPicker: (size: string) => string;
  exportToHost: string;
  /**
   * Beside a running export (and its outcome) in the dialog when the filters no longer match those it started
   * with: what the dialog says of the file is the file's, not the filters now shown.
   */
  exportStartedFilters: string;
  /** After `exportByDownload` when the file is expected to be larger than what is safe to build in memory. */
  exportInMemoryWarning: string;
  /** The same for JSON Lines, whose size does not depend on the columns. */
  exportInMemoryWarningJsonl: string;
  // Pagination
  paginationLabel: string;
  range: (from: string, to: string, total: string) => string;
  /** `range` when the server sent no count and this page came back full: more may follow, how many is not known. */
  rangeOfMany: (from: string, to: string) => string;
  pageSize: string;
  previousPage: string;
  nextPage: string;
  firstPage: string;
  lastPage: string;
  page: (page: string) => string;
  loadingMore: string;
  loadMore: string;
  /** Title of the alert when the infinite list's next page failed; the rows already loaded stay. */
  loadMoreFailed: string;
  /**
   * Title of the notice above the table when asking again for the events shown failed (a refresh, the window
   * regaining focus): the rows stay, from the answer before.
   */
  refreshFailed: string;
  /** The notice's word on the rows kept: `time` is when they were asked for, in the log's time zone. */
  refreshFailedShown: (time: string) => string;
  /** Title of the notice shown when the column metadata could not be loaded (with Retry). */
  columnsFailed: string;
  /** The notice's word on what is shown instead: the standard columns, without the tenant's own. */
  columnsFailedShown: string;
  allLoaded: (total: string, count: number) => string;
  /**
   * At the infinite list's foot while more can come: `loaded` events of the `total` matching are loaded (`count`
   * is the total's number, for the plural).
   */
  loadedOf: (loaded: string, total: string, count: number) => string;
  /** As `loadedOf` when the server sent no total: `loaded` events so far (`count` is their number). */
  loadedSoFar: (loaded: string, count: number) => string;
  /**
   * The note after `loadedOf` (through `noted`) once the server sends no next page though fewer events are loaded
   * than its total: the events are not all loaded, and there is no more to ask for.
   */
  loadedServerEnded: string;
  /**
   * The note after `loadedOf` or `loadedSoFar` (through `noted`) once the infinite list holds the most events it
   * loads (`useAuditList`'s `infiniteMaxEvents`) and the server has more: where the rest are.
   */
  loadedLimit: string;
  // Live region
  resultCount: (total: string, count: number) => string;
  /** `resultCount` when the server sent no count: the events seen so far, and more may follow. */
  resultCountAtLeast: (total: string, count: number) => string;
  /**
   * Said before the result count once the events sorted by a column's header have come (`column` is its display
   * name), a sentence of its own. @default (column) => `Sorted by ${column}, ascending.`
   */
  sortedAscending: (column: string) => string;
  /** As `sortedAscending`, largest or latest first. @default (column) => `Sorted by ${column}, descending.` */
  sortedDescending: (column: string) => string;
  // Time zone
  timeZone: string;
  timeZoneLocal: (zone: string) => string;
  timeZoneUtc: string;
  // New events
  newEvents: (count: string, value: number) => string;
  /** `newEvents` when the server sent no count: there are new events, how many is not known. */
  newEventsUncounted: string;
  /** The poll for new events failed (the token expired, the network is down): not the same as none. */
  newEventsCheckFailed: string;
  showNewEvents: string;
  // Stats
  statsLabel: string;
  eventsToday: string;
  severeThisWeek: string;
  /** Read in place of a count the summary could not load (the strip shows a dash). */
  statUnavailable: string;
  /** Beside counts kept from the last answer when asking again failed: they may be behind. */
  statsStale: string;
}

const plural = pluralOf('en');

/**
 * English defaults for every message. Spread and override: `{ ...defaultMessages, retry: 'Try again' }`. Frozen,
 * nested labels too: it is also what fills the keys a host's messages lack, so `defaultMessages.nextPage = 'x'`
 * would have renamed the button in every log on the page.
 */
export const defaultMessages: Readonly<AuditMessages> = Object.freeze<AuditMessages>({
  regionLabel: 'Audit log',
  withinLog: (log, part) => `${log}: ${part}`,
  tableCaption: 'Audit events',
  loading: 'Loading events…',
  emptyNoEvents: 'No events have been recorded yet.',
  emptyNoMatch: 'No events match these filters.',
  clearFilters: 'Clear filters',
  emptyPage: 'This page has no events. Some may have been removed since they were counted.',
  emptyPageGoFirst: 'Go to the first page',
  errorTitle: 'The audit log could not be loaded.',
  partError: 'This part of the audit log could not be shown.',
  retry: 'Retry',
  errorCancelled: 'The request was cancelled.',
  errorNoToken: 'You are not signed in, or your session has ended. Sign in again.',
  errorUnreachable: 'The audits API could not be reached.',
  errorBrokeOff: 'The answer of the audits API broke off.',
  errorUnexpectedAnswer: 'The audits API sent an unexpected answer.',
  errorStatus: (status) => `The audits API answered with status ${status}.`,
  errorNoBody: 'The audits API sent an empty export answer.',
  retryAfter: (seconds, count) =>
    plural(count, {
      one: `Too many requests: try again in ${seconds} second.`,
      other: `Too many requests: try again in ${seconds} seconds.`,
    }),
  traceId: (id) => `Trace ID: ${id}`,
  noPermission: 'You do not have permission to view the audit log.',
  system: 'System',
  impersonatedBy: (actor) => `Impersonated by ${actor}`,
  unknownValue: '—',
  unshowableValue: '[value nested too deeply to show]',
  resizeColumn: (column) => `Resize ${column} column`,
  narrowColumn: (column) => `Narrow ${column} column`,
  widenColumn: (column) => `Widen ${column} column`,
  detailsTitle: 'Event details',
  fieldLabels: Object.freeze({
    frontegg_id: 'Event ID',
    tenantId: 'Tenant ID',
    vendorId: 'Vendor ID',
    user: 'Name',
    userId: 'User ID',
    actorMail: 'Impersonated by',
    resource: 'Resource',
  }),
  detailsFor: (action, time) => `Details of ${action} at ${time}`,
  ipLocation: (ip) => `Location of ${ip}`,
  ipLocationLoading: 'Looking up…',
  ipLocationUnknown: 'Location unknown',
  ipLocationError: 'Location lookup failed',
  showJson: 'Show data',
  hideJson: 'Hide data',
  copy: 'Copy',
  copyNamed: (name) => `Copy ${name}`,
  copyByHand: (name) => `${name}, to copy by hand`,
  copied: 'Copied',
  copyFailed: 'Copy failed',
  copyEventLink: 'Copy link to this event',
  eventLinkLabel: 'Link to this event',
  copyEventJson: 'Copy this event as JSON',
  eventJsonLabel: 'This event as JSON',
  linkedEventMissing:
    'The linked event is not in this list. It may have been removed, or you may not have access to it.',
  before: 'Before',
  after: 'After',
  expandNode: (key) => `Toggle ${key}`,
  showMoreEntries: (more, left) => `Show ${more} more (${left} left)`,
  jsonChanged: 'changed',
  jsonData: 'Json Data',
  filtersLabel: 'Filters',
  filtersToggle: 'Filters',
  moreFilters: 'More filters',
  searchLabel: 'Search events',
  searchPlaceholder: 'Search or filter: actor:… severity:high created:7d',
  searchHint:
    'Free text, or field:value terms such as actor:, action:, severity:, ip:, created:. Arrow keys open suggestions.',
  searchSuggestions: 'Suggestions',
  searchFixedDate: 'as a fixed date',
  searchNotApplied: 'Not applied',
  searchProblem: (problem) => problem.message,
  searchUseField: (field) => `Use ${field}`,
  searchCheck: 'Applied as typed',
  searchValueHint: (value, suggestion) =>
    `“${value}” is none of the usual severities; events with it are shown. Did you mean “${suggestion}”?`,
  searchUseValue: (value) => `Use ${value}`,
  searchUnavailable: 'Search could not be loaded. Reload the page, or press Enter to try again.',
  views: 'Views',
  viewsPredefined: 'Suggested views',
  viewsMine: 'My views',
  viewsSaveCurrent: 'Save current view…',
  viewsManage: 'Manage views…',
  viewsDialogTitle: 'Saved views',
  viewName: 'Save the current view as',
  viewsSave: 'Save',
  viewsEmpty: 'No views yet.',
  viewDefault: 'Default',
  viewLink: 'Link',
  viewRenameShort: 'Rename',
  viewDeleteShort: 'Delete',
  viewSaved: (name) => `View “${name}” saved`,
  viewApplied: (name) => `View “${name}” applied`,
  viewDeleted: (name) => `View “${name}” deleted`,
  viewApply: (name) => `Apply ${name}`,
  viewSetDefault: (name) => `Open with ${name} by default`,
  viewCopyLink: (name) => `Copy a link to ${name}`,
  viewLinkLabel: (name) => `Link to ${name}`,
  viewRename: (name) => `Rename ${name}`,
  viewRenameLabel: (name) => `New name for ${name}`,
  viewDelete: (name) => `Delete ${name}`,
  viewUndo: 'Undo',
  viewUndoDelete: (name) => `Undo deleting ${name}`,
  viewRestored: (name) => `View “${name}” restored`,
  viewErrorNameMissing: 'Enter a name for the view.',
  viewErrorNameTooLong: (max) => `A view’s name can have at most ${max} characters.`,
  viewErrorNameTaken: (name) => `There is already a view named “${name}”. Choose another name.`,
  viewErrorTooMany: (max) => `You can keep at most ${max} views. Delete one to save another.`,
  viewErrorLoading: 'Your views are still loading. Try again in a moment.',
  viewErrorNotLoaded:
    'Your views could not be loaded, so they cannot be changed now. Reload the page to try again.',
  viewErrorUnknown: 'This view no longer exists.',
  viewErrorPredefined: 'Suggested views cannot be renamed or deleted.',
  viewErrorStorageFull: 'The browser’s storage is full, so the change was not saved.',
  viewErrorQueryTooBig: (reason) => `This view cannot be saved. ${reason}`,
  viewErrorColumnsTooBig: (max) =>
    `This view cannot be saved: its column choice would name more than ${max} columns. Reset the columns and change fewer of them.`,
  queryOverSearch: (max) => `The search text is longer than ${max} characters.`,
  queryOverStored: (max) => `Together, its search and filters are longer than ${max} characters.`,
  queryOverColumns: (max) => `More than ${max} columns are filtered.`,
  queryOverColumnName: (column) =>
    `The filter on “${column}” cannot be kept: a link cannot hold that column’s name.`,
  queryOverValues: (column, max) => `The filter on “${column}” has more than ${max} values.`,
  queryOverValueLength: (column, max) =>
    `A value of the filter on “${column}” is longer than ${max} characters.`,
  filterNotChanged: (reason) => `The filter was not changed. ${reason}`,
  timeRange: 'Time range',
  timeAll: 'All time',
  timeLastHour: 'Last hour',
  timeLast24Hours: 'Last 24 hours',
  timeLast7Days: 'Last 7 days',
  timeLast30Days: 'Last 30 days',
  timeLast90Days: 'Last 90 days',
  timeLast365Days: 'Last 365 days',
  timeCustom: 'Custom range',
  timeFrom: 'From',
  timeTo: 'To',
  timeRangeInvalid: 'The start must be before the end.',
  apply: 'Apply',
  users: 'User',
  emails: 'Email',
  actions: 'Action',
  severity: 'Severity',
  severityLabels: Object.freeze({
    Info: 'Info',
    Medium: 'Medium',
    High: 'High',
    Error: 'Error',
    Critical: 'Critical',
  }),
  ipAddress: 'IP address',
  addValue: (field) => `Add ${field} filter`,
  valuePlaceholder: 'Type and press Enter',
  activeFilters: 'Active filters',
  removeFilter: (label, value) => `Remove filter ${label}: ${value}`,
  filterToValue: (label, value) => `Show only events where ${label} is ${value}`,
  eventsAroundTime: 'Show events from 5 minutes before to 5 minutes after this one',
  labelled: (label, value) => `${label}: ${value}`,
  listHeading: (heading) => `${heading}:`,
  noted: (text, note) => `${text} (${note})`,
  notApplied: 'not applied',
  unappliedTitle: 'Not applied to the rows shown',
  exportUnappliedTitle: 'Not applied to the file',
  unappliedReasons: Object.freeze({
    conflict: 'the audits API cannot combine it with the other filters',
    'not-filterable': 'this column cannot be filtered',
    'unknown-column': 'there is no such column',
    'reserved-name': 'the audits API cannot filter on this name',
    'time-column': 'use the time range instead',
    'invalid-sort': 'the audits API cannot sort by this field',
    'invalid-time': 'not a date and time',
    'legacy-cannot-filter': 'this log filters users by email instead',
    'ignored-by-api': 'the audits API returned events outside it',
  }),
  unappliedSort: (column) => `Sort by ${column}`,
  clearAll: 'Clear all',
  close: 'Close',
  columns: 'Columns',
  columnsTitle: 'Show and order columns',
  moveUp: (column) => `Move ${column} up`,
  moveDown: (column) => `Move ${column} down`,
  movedTo: (column, position, total) => `${column} moved to position ${position} of ${total}`,
  resetColumns: 'Reset columns',
  columnsReset: 'Columns reset',
  columnsNotChanged: (max) =>
    `The columns were not changed: a link can carry at most ${max} column names. Reset the columns to start again.`,
  dragHandle: (column) => `Drag to reorder ${column}`,
  filterColumns: 'Find a column',
  columnMatches: (total, count) =>
    plural(count, { one: `${total} column matches`, other: `${total} columns match` }),
  noColumnMatches: 'No column matches',
  columnMoveKeys: 'Home moves a column to the top, End to the bottom.',
  exportCsv: 'Export',
  exportVisibleColumns: 'Visible columns, in order',
  exportAllColumns: 'All columns',
  exportStart: 'Download',
  exportCancel: 'Cancel export',
  exportProgress: (rows, total, count) =>
    plural(count, {
      one: `Exported ${rows} of ${total} event`,
      other: `Exported ${rows} of ${total} events`,
    }),
  exportPercent: (percent) => `Export ${percent} complete`,
  exportDone: (rows, count) =>
    plural(count, { one: `Export complete: ${rows} event`, other: `Export complete: ${rows} events` }),
  exportDoneLeftOut: (done, left) => `${done}. Not applied to the file: ${left}.`,
  exportCancelled: 'Export cancelled; no file was saved.',
  exportCancelledToHost: 'Export cancelled before all events were written.',
  exportNoFile: 'No file was saved.',
  exportFailed: (reason) => `Export failed: ${reason}`,
  exportBrokeOff: (rows, total, count) =>
    plural(count, {
      one: `The export broke off after ${rows} of ${total} event.`,
      other: `The export broke off after ${rows} of ${total} events.`,
    }),
  exportBrokeOffAfter: (rows, count) =>
    plural(count, {
      one: `The export broke off after ${rows} event.`,
      other: `The export broke off after ${rows} events.`,
    }),
  exportStartBrokeOff: 'The export broke off before its first event.',
  exportPageBrokeOff: (event) => `The export broke off at event ${event}.`,
  exportEndedEarly: (rows, total, count) =>
    plural(count, {
      one: `The export ended after ${rows} of ${total} event.`,
      other: `The export ended after ${rows} of ${total} events.`,
    }),
  exportChanged: 'The matching events changed during the export, so some could be missing or repeated.',
  exportTooManyRows:
    'The server sent more events than match the filters, so the export was stopped rather than save events that do not match. Try again, or narrow the time range.',
  exportNoPermission: 'You do not have permission to export audit events.',
  exportFormat: 'Format',
  exportFormatCsv: 'CSV for spreadsheets',
  exportFormatCsvHint: 'Opens cleanly in Excel, Numbers, Sheets and LibreOffice; formulas made harmless.',
  exportFormatCsvSemicolon: 'CSV for spreadsheets, separated by ;',
  exportFormatCsvSemicolonHint: 'For Excel in regions that write decimals with a comma (1,5).',
  exportFormatCsvPlain: 'Plain CSV, as the server sends it',
  exportFormatCsvPlainHint: 'For scripts: cells unchanged, times in UTC, no byte-order mark.',
  exportFormatJsonl: 'JSON Lines',
  exportFormatJsonlHint: 'One event per line with every field, for compliance and log tools.',
  exportTimes: 'Times',
  exportTimesInZone: (zone) => `In ${zone}, as shown on screen`,
  exportTimesUtc: 'In UTC',
  exportOffsetHeader: (column) => `UTC offset (${column})`,
  exportByDownload: (size) => `Saved as a normal download${size ? ` (about ${size})` : ''}.`,
  exportInMemoryWarning:
    'This browser cannot save straight to a file, so the whole file is built in memory first: a shorter time range or fewer columns is safer.',
  exportInMemoryWarningJsonl:
    'This browser cannot save straight to a file, so the whole file is built in memory first: a shorter time range is safer.',
  exportByPicker: (size) =>
    `You choose where to save the file${size ? ` (about ${size})` : ''}; it is written as it arrives.`,
  exportToHost: 'Written to the destination this app provides.',
  exportStartedFilters:
    'The filters changed after this export started: the file follows them as they were then.',
  paginationLabel: 'Pagination',
  range: (from, to, total) => `${from}–${to} of ${total}`,
  rangeOfMany: (from, to) => `${from}–${to} of many`,
  pageSize: 'Rows per page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  firstPage: 'First page',
  lastPage: 'Last page',
  page: (page) => `Page ${page}`,
  loadingMore: 'Loading more events…',
  loadMore: 'Load more',
  loadMoreFailed: 'The next events could not be loaded.',
  refreshFailed: 'The events could not be refreshed.',
  refreshFailedShown: (time) => `The events shown are as of ${time} and may be out of date.`,
  columnsFailed: 'The columns could not be loaded.',
  columnsFailedShown:
    'The standard columns are shown: this log’s own columns are missing from the table, the filters and the export.',
  allLoaded: (total, count) =>
    plural(count, { one: `${total} event loaded`, other: `All ${total} events loaded` }),
  loadedOf: (loaded, total, count) =>
    plural(count, {
      one: `${loaded} of ${total} event loaded`,
      other: `${loaded} of ${total} events loaded`,
    }),
  loadedSoFar: (loaded, count) =>
    plural(count, { one: `${loaded} event loaded`, other: `${loaded} events loaded` }),
  loadedServerEnded: 'the server sent no more',
  loadedLimit: 'the most one list holds: narrow the filters, or export every matching event',
  resultCount: (total, count) => plural(count, { one: `${total} event`, other: `${total} events` }),
  resultCountAtLeast: (total, count) =>
    plural(count, { one: `At least ${total} event`, other: `At least ${total} events` }),
  sortedAscending: (column) => `Sorted by ${column}, ascending.`,
  sortedDescending: (column) => `Sorted by ${column}, descending.`,
  timeZone: 'Time zone',
  timeZoneLocal: (zone) => `Local (${zone})`,
  timeZoneUtc: 'UTC',
  newEvents: (count, value) => plural(value, { one: `${count} new event`, other: `${count} new events` }),
  newEventsUncounted: 'New events',
  newEventsCheckFailed: 'New events could not be checked.',
  showNewEvents: 'Show them',
  statsLabel: 'Audit summary',
  eventsToday: 'Events today',
  severeThisWeek: 'Severe this week',
  statUnavailable: 'Not available',
  statsStale: 'May be out of date',
});
