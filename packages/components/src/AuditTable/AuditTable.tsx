import { useAuditEvents, useAuditEventsInfinite, type AuditEvent, type AuditQuery } from '@auditkit/headless';
import { useCallback, useMemo } from 'react';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { clearFilters } from '../ui/clearFilters.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { AuditTableEmpty } from './AuditTableEmpty.tsx';
import { AuditTableError } from './AuditTableError.tsx';
import { AuditTableSkeleton } from './AuditTableSkeleton.tsx';
import { AuditTableView } from './AuditTableView.tsx';

/** How the user moves through many events. */
export type AuditPagingMode = 'pages' | 'infinite';

/** Props of {@link AuditTable}. */
export interface AuditTableProps {
  /** Numbered pages (with `<Pagination>`) or infinite scrolling with virtualised rows. @default 'pages' */
  paging?: AuditPagingMode;
  /** Use the legacy `GET /audits` list. @default false */
  legacy?: boolean;
  className?: string;
}

const noEvents: AuditEvent[] = [];
/** Least events per request when scrolling infinitely: pages of 20 made deep scrolling a request per screenful. */
const infinitePageSize: AuditQuery['pageSize'] = 100;

/**
 * The events of the current query as an accessible table: columns from the metadata in the user's order,
 * server-side sorting from the headers, expandable rows with every field, loading/empty/error states, the
 * previous rows kept while the next page loads, and result counts announced politely.
 *
 * @example
 * ```tsx
 * <AuditProvider client={client}><AuditRoot><AuditTable paging="infinite" /></AuditRoot></AuditProvider>
 * ```
 */
export function AuditTable({ paging = 'pages', legacy = false, className }: AuditTableProps) {
  const { messages, locale } = useAuditUi();
  const { queryState, columns, columnsPending, preferences } = useAuditState();
  const { query } = queryState;
  const infinite = paging === 'infinite';
  const page = useAuditEvents(query, { enabled: !infinite, legacy });
  // A host that asked for 200 a page keeps its larger pages.
  const infiniteQuery = useMemo(
    () => ({ ...query, pageSize: query.pageSize > infinitePageSize ? query.pageSize : infinitePageSize }),
    [query],
  );
  const pages = useAuditEventsInfinite(infiniteQuery, { enabled: infinite });

  const events = (infinite ? pages.data?.events : page.data?.data) ?? noEvents;
  const total = infinite ? pages.data?.total : page.data?.total;
  const error = infinite ? pages.error : page.error;
  const pending = (infinite ? pages.isPending : page.isPending) || columnsPending;
  const refetching = infinite ? pages.isFetching && !pages.isFetchingNextPage : page.isPlaceholderData;
  const visible = useMemo(
    () => preferences.visibleColumns.map((column) => column.name),
    [preferences.visibleColumns],
  );

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  const onEndReached = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const retry = () => void (infinite ? pages.refetch() : page.refetch());

  let status = null;
  if (error && events.length === 0) status = <AuditTableError error={error} onRetry={retry} />;
  else if (pending) status = <AuditTableSkeleton columns={visible.length + 1} />;
  else if (events.length === 0)
    status = <AuditTableEmpty filtered={queryState.isFiltered} onClear={() => clearFilters(queryState)} />;

  const footer =
    infinite && events.length > 0 ? (
      isFetchingNextPage ? (
        <span role="status">{messages.loadingMore}</span>
      ) : hasNextPage ? (
        <button type="button" onClick={onEndReached}>
          {messages.loadMore}
        </button>
      ) : (
        <span>{messages.allLoaded(formatNumber(total ?? events.length, locale))}</span>
      )
    ) : null;

  const announcement = pending ? '' : error ? '' : messages.resultCount(formatNumber(total ?? 0, locale));

  return (
    <>
      <AuditTableView
        className={className}
        events={events}
        columns={columns}
        visibleColumns={visible}
        sort={query.sort}
        onSortChange={queryState.setSort}
        loading={refetching}
        status={status}
        virtual={infinite}
        onEndReached={onEndReached}
        footer={footer}
      />
      <LiveRegion message={announcement} />
    </>
  );
}
