import {
  AuditProvider,
  type AuditClient,
  type AuditClientOptions,
  type AuditQuery,
  type AuditQueryUrlOptions,
} from '@auditkit/headless';
import type { AuditViewDefinition, AuditViewStorage } from '@auditkit/headless';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { AuditRoot, type AuditDensity, type AuditTheme } from '../AuditRoot/AuditRoot.tsx';
import { AuditStateProvider } from '../AuditStateProvider/AuditStateProvider.tsx';
import type { AuditPagingMode } from '../AuditTable/AuditTable.tsx';
import type { AuditHeadingLevel, RelativeTimeFormatter } from '../context/AuditUiContext.ts';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { useAuditUi } from '../context/useAuditUi.ts';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { AuditErrorBoundary } from '../ErrorBoundary/AuditErrorBoundary.tsx';
import type { AuditErrorHandler } from '../ErrorBoundary/AuditErrorContext.ts';
import type { ExportButtonProps } from '../ExportButton/ExportButton.tsx';
import type { AuditTranslation } from '../messages/AuditTranslation.ts';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import type { AuditLinkPolicy } from '../ui/AuditLinkPolicy.ts';
// The parts in their own error boundaries: one failing part shows its error state, the rest keep working.
import {
  AuditTable,
  ColumnPicker,
  ExportButton,
  FilterBar,
  NewEventsNotice,
  Pagination,
  StatsStrip,
  TimeZoneSelect,
  ViewsMenu,
} from '../guardedParts.ts';
import { FirstPageGate } from './FirstPageGate.tsx';
import { PrefetchFirstPage } from './PrefetchFirstPage.tsx';
import { useStableClient } from './useStableClient.ts';

/**
 * Props of {@link AuditLog}. It reaches the API through `client`, or `baseUrl` with `getToken`; given neither, it
 * shows its error state and reports the misuse to `onError`. Not a union type that would refuse that at compile
 * time: a host's wrapper (`interface MyLogProps extends AuditLogProps`, `Omit<AuditLogProps, 'theme'>` spread into
 * `<AuditLog>`) would no longer compile.
 */
export interface AuditLogProps {
  /**
   * API base: `https://api.frontegg.com`, a vendor domain, or a proxy prefix such as `/frontegg`; with `getToken`
   * (or give `client`).
   */
  baseUrl?: string | undefined;
  /**
   * Returns the current bearer token; asked on every request, so refreshed tokens are picked up. An inline arrow
   * is fine: the log keeps its client while only this changes. `undefined` while signed out.
   */
  getToken?: AuditClientOptions['getToken'] | undefined;
  /**
   * Tenant to act on, sent as `frontegg-tenant-id`: any tenant with an environment token; with a user token only
   * the token's own tenant (another is refused with 403). A host whose users switch tenants (Frontegg keeps the
   * user's id) passes the active tenant here, so each tenant gets its own cache and never shows another's rows.
   * With `client`, requests carry the client's own tenant, and this only names the cache: build the client with
   * the tenant (`createAuditClient({ tenantId })`) to act on another.
   * @default the token's tenant
   */
  tenantId?: string | undefined;
  /**
   * A ready client instead of `baseUrl` + `getToken`. Create it once, at module level or in state, never during
   * render: without `tenantId` and `userId` to name the cache, each new client starts an empty one, and the table
   * loads again (an open details panel closes) every time the host re-renders. A development build warns.
   * @example
   * ```tsx
   * const [client] = useState(() => createAuditClient({ baseUrl: '/frontegg', getToken: () => auth.accessToken }));
   * <AuditLog client={client} userId={auth.user.id} />
   * ```
   */
  client?: AuditClient | undefined;
  /** Cache in the host's QueryClient. @default a private one */
  queryClient?: QueryClient | undefined;
  /**
   * Keep search, filters, sort, page and the visible columns in the URL, so a link shares the view (with
   * back/forward). With server rendering, pass the request's query string as `{ initialSearch }` so the server's
   * HTML already shows the link's filters. @default false
   */
  urlState?: boolean | AuditQueryUrlOptions | undefined;
  /** Controlled query. */
  query?: AuditQuery | undefined;
  /** Initial query when uncontrolled. */
  defaultQuery?: AuditQuery | undefined;
  onQueryChange?: ((query: AuditQuery) => void) | undefined;
  /**
   * The log's language: words and the locale of its dates and numbers in one prop.
   * @example import * as de from '@auditkit/components/messages/de'; <AuditLog translation={de} />
   * @default English
   */
  translation?: AuditTranslation | undefined;
  /** Overrides for any of the strings (of `translation`, or English). */
  messages?: Partial<AuditMessages> | undefined;
  /** @default 'system' */
  theme?: AuditTheme | undefined;
  /** @default 'comfortable' */
  density?: AuditDensity | undefined;
  /** Controlled time zone (`'local'`, `'UTC'` or an IANA name). */
  timeZone?: string | undefined;
  /** @default 'local' */
  defaultTimeZone?: string | undefined;
  /**
   * What `'local'` shows on the server and while hydrating (the browser's zone is read right after), e.g. the
   * user's zone from a cookie. @default 'UTC'
   */
  serverTimeZone?: string | undefined;
  onTimeZoneChange?: ((zone: string) => void) | undefined;
  /**
   * Writing direction of the log: `'rtl'` for Hebrew or Arabic. Omitted, it follows the host page's (`dir` is
   * inherited), which is what most hosts want. @default inherited
   */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  /**
   * BCP 47 locale for numbers and dates (`en_US` is read as `en-US`; a tag `Intl` cannot read counts as not given).
   * @default the reader's own region of the translation's language (`en-GB` for the English pack), else
   * `translation.locale`, else the browser's
   */
  locale?: string | undefined;
  /** Custom relative-time text, e.g. date-fns `formatDistance` with a locale. @default Intl.RelativeTimeFormat */
  formatRelative?: RelativeTimeFormatter | undefined;
  /** @default 'pages' */
  paging?: AuditPagingMode | undefined;
  /**
   * Most events an infinite list loads (every one loaded stays in memory); past them its foot says to narrow the
   * filters or export every matching event. @default 50000
   */
  infiniteMaxEvents?: number | undefined;
  /**
   * Read the events from the legacy `GET /audits` list (the one Frontegg's own portal calls), for a deployment
   * that does not serve the v2 list. The table, the pager, the counts, the new-events poll, the filter bar's
   * "not applied" notes and every export follow it (the table's list sharing one request a page), so nothing asks
   * a v2 endpoint, with numbered pages and with infinite scrolling alike. @default false
   */
  legacy?: boolean | undefined;
  /** Show "events today / severe this week". @default true */
  showStats?: boolean | undefined;
  /**
   * Poll for new events every N ms, and ask for the stats again as often (`<StatsStrip interval>`); `false` to
   * never. @default 30000
   */
  newEventsInterval?: number | false | undefined;
  /** Offer the time zone switch. @default true */
  showTimeZone?: boolean | undefined;
  /** localStorage key of column choices; tenant and user are appended. @default 'auditkit.columns' */
  columnsStorageKey?: string | undefined;
  /**
   * The signed-in user: saved views and column choices are kept per user, and a change never shows the last user's
   * cached pages (with `client` too: its cache keys then name the user and `tenantId`); the next user starts on the
   * defaults and their own default view. Without it, views and column choices are kept in memory while the page is
   * open, never in `localStorage`, where every user of the browser would share them.
   */
  userId?: string | undefined;
  /** Offer saved views (the "Views" menu). @default true */
  showViews?: boolean | undefined;
  /**
   * Where users' saved views live, per tenant and user; implement it to keep them on your server.
   * @default localStorage (memory for the page without `userId`)
   */
  viewStorage?: AuditViewStorage | null | undefined;
  /** Your views ("Failed sign-ins this week"…): users apply them but cannot rename or delete them. */
  predefinedViews?: readonly AuditViewDefinition[] | undefined;
  /** Options of the export button. */
  exportOptions?: ExportButtonProps | undefined;
  /**
   * Called when any part fails to render. That part shows an error state with Retry in its place; the rest of
   * the log and the host page stay. Report it to your error tracker.
   */
  onError?: AuditErrorHandler | undefined;
  /**
   * Lets URLs in the named event fields become links, only to the given origins (your own app). By default event
   * text is never a link: it is written by whoever triggered the event.
   * @example { fields: ['resource'], origins: ['https://app.acme.test'] }
   */
  links?: AuditLinkPolicy | undefined;
  /**
   * The level of the heading your page puts above the log: its own headings rank below it. @default 2
   * @example 1 // the log sits right under the page's h1
   */
  headingLevel?: AuditHeadingLevel | undefined;
  className?: string | undefined;
}

/**
 * The complete self-service audit log: filters, table, pagination, column picker, CSV export, time zone,
 * new-events notice and stats, on the audits API. Import `@auditkit/components/styles.css` once.
 *
 * @example
 * ```tsx
 * import '@auditkit/components/styles.css';
 * <AuditLog baseUrl="/frontegg" getToken={() => auth.accessToken} />
 * ```
 */
export function AuditLog(props: AuditLogProps) {
  // Outermost, so that even setting up the client (a missing `getToken` throws) fails inside the log: its error
  // state and `onError`, never a blank host page. The boundary inside reports to the same `onError` once. New
  // client props reset it: a host that signs out (no `getToken`) and in again gets the log back without Retry.
  const { client, baseUrl, getToken, tenantId, userId } = props;
  const clientKeys = [client, baseUrl, typeof getToken === 'function', tenantId, userId];
  return (
    <AuditErrorBoundary onError={props.onError} resetKeys={clientKeys}>
      <AuditLogContent {...props} />
    </AuditErrorBoundary>
  );
}

function AuditLogContent(props: AuditLogProps) {
  const client = useStableClient(props);
  const {
    queryClient,
    urlState = false,
    query,
    defaultQuery,
    onQueryChange,
    translation,
    messages,
    theme,
    density,
    timeZone,
    defaultTimeZone,
    onTimeZoneChange,
    serverTimeZone,
    locale,
    dir,
    formatRelative,
    paging = 'pages',
    infiniteMaxEvents,
    legacy = false,
    showStats = true,
    newEventsInterval = 30_000,
    showTimeZone = true,
    columnsStorageKey,
    userId,
    exportOptions,
    onError,
    links,
    headingLevel,
    className,
    showViews = true,
    viewStorage,
    predefinedViews,
  } = props;
  const root = { theme, density, dir, className };
  return (
    <AuditErrorBoundary onError={onError}>
      <AuditProvider client={client} queryClient={queryClient}>
        <AuditStateProvider
          url={urlState}
          value={query}
          defaultValue={defaultQuery}
          onChange={onQueryChange}
          storageKey={columnsStorageKey}
          tenantId={client.tenantId ?? props.tenantId}
          userId={userId}
          paging={paging}
          legacy={legacy}
        >
          {/* Before the UI provider, whose first render reads the browser's time zone (Intl's set-up, several ms
              in a fresh page): the requests leave first and that work overlaps their wait. */}
          <PrefetchFirstPage paging={paging} />
          <AuditUiProvider
            translation={translation}
            messages={messages}
            timeZone={timeZone}
            defaultTimeZone={defaultTimeZone}
            onTimeZoneChange={onTimeZoneChange}
            serverTimeZone={serverTimeZone}
            locale={locale}
            formatRelative={formatRelative}
            links={links}
            headingLevel={headingLevel}
          >
            <NewOwnerStartsAfresh
              defaultTimeZone={timeZone === undefined ? (defaultTimeZone ?? 'local') : undefined}
            />
            <FirstPageGate paging={paging} fallback={<AuditRoot {...root} aria-busy="true" />}>
              <AuditRoot {...root}>
                {showStats ? <StatsStrip interval={newEventsInterval} /> : null}
                {/* Filters at the start, view and export controls at the end, on one row that wraps when narrow. */}
                <div data-slot="audit-toolbar" className="auditkit-toolbar">
                  <FilterBar />
                  <div data-slot="audit-toolbar-end" className="auditkit-toolbar-end">
                    {showViews ? (
                      // Kept per the state provider's tenant and user, as the column choices are.
                      <ViewsMenu storage={viewStorage} predefined={predefinedViews} />
                    ) : null}
                    {showTimeZone ? <TimeZoneSelect /> : null}
                    <ColumnPicker />
                    <ExportButton {...exportOptions} />
                  </div>
                </div>
                {newEventsInterval === false ? null : <NewEventsNotice interval={newEventsInterval} />}
                <AuditTable infiniteMaxEvents={infiniteMaxEvents} />
                {paging === 'pages' ? <Pagination /> : null}
              </AuditRoot>
            </FirstPageGate>
          </AuditUiProvider>
        </AuditStateProvider>
      </AuditProvider>
    </AuditErrorBoundary>
  );
}

/**
 * Another user signed in on the mounted log (a host that swaps users without a remount) starts where a first visit
 * does, in the time zone they did not choose. The query goes back to the defaults in the state provider, which is
 * given `tenantId` and `userId`, in the very render that brings the new owner, and counts the swap
 * (`ownerGeneration`, which also remounts the filter bar): reset in an effect here, the parts had already asked
 * with the last user's search and filters under the new user's token. The zone can wait for this effect, as no
 * request carries it. A zone the host controls is the host's to change.
 */
function NewOwnerStartsAfresh({
  defaultTimeZone,
}: {
  /** The zone to go back to; `undefined` when the host controls it. */
  defaultTimeZone: string | undefined;
}) {
  const { timeZone, setTimeZone } = useAuditUi();
  const { ownerGeneration } = useAuditState().queryState;
  const last = useRef(ownerGeneration);
  useEffect(() => {
    if (last.current === ownerGeneration) return;
    last.current = ownerGeneration;
    if (defaultTimeZone !== undefined && timeZone !== defaultTimeZone) setTimeZone(defaultTimeZone);
  }, [ownerGeneration, defaultTimeZone, timeZone, setTimeZone]);
  return null;
}
