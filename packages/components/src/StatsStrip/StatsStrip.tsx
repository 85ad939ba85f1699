import { useAuditStats } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import { VisuallyHidden } from '../ui/VisuallyHidden.tsx';

/** Props of {@link StatsStrip}. */
export interface StatsStripProps {
  /**
   * Asks for the stats again every N ms while the page is visible (`false`: never), as the new-events notice
   * checks at its own default: "Events today" keeps up with the events coming in, and starts again after midnight.
   * Not after a 403: asking again cannot give the permission back.
   * @default 30000
   */
  interval?: number | false | undefined;
  className?: string | undefined;
}

/**
 * Events today and severe events this week for the tenant, as the audits service counts them (which levels and
 * days make "severe this week" is the service's; no witness of it says, so the strip states no definition of its
 * own). While they load, the strip holds its place with placeholders (it sits above the toolbar and the rows:
 * appearing later, it pushed the whole log down just after its rows were painted). When they fail it keeps that
 * place too, with a dash for each count (read as "Not available"): removed, it pulled the whole log up seconds
 * after it was painted, once the retries had given up. A count the answer lacks (the other one came) shows the
 * same dash.
 * The summary is a bonus, never a reason to show an error over the log. It is asked again every `interval` ms while
 * the page is visible, and when the new-events notice's "Show them" brings new events in.
 *
 * The region's `data-state` is `error` when the stats failed before any came, `stale` when asking again failed and
 * the counts shown are the last ones that came.
 *
 * @example
 * ```tsx
 * <StatsStrip />
 * ```
 */
export function StatsStrip({ interval = 30_000, className }: StatsStripProps) {
  const { messages, locale } = useAuditUi();
  // Only while the page is visible (Query's default): a hidden tab asks nothing, and a visible one catches up.
  const { data, isError } = useAuditStats({ refetchInterval: interval });
  const failed = !data && isError;
  // Asking again failed: the counts shown are the last ones that came, and say so beside them (they read as current).
  const stale = data !== undefined && isError;
  // A count an answer lacks (the other one was a count) will not come by waiting: not available, as a failed one.
  const value = (count: number | undefined) =>
    count !== undefined ? (
      formatNumber(count, locale)
    ) : data || failed ? (
      <>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>{messages.statUnavailable}</VisuallyHidden>
      </>
    ) : (
      // One line of the value's height: an inline block sits on the definition's own line box.
      <span data-slot="audit-skeleton" className="auditkit-skeleton" aria-hidden="true" />
    );
  return (
    <section
      aria-label={messages.statsLabel}
      aria-busy={data || failed ? undefined : true}
      data-state={failed ? 'error' : stale ? 'stale' : undefined}
      data-slot="audit-stats-region"
      className={cx('auditkit-stats-region', className)}
    >
      <dl data-slot="audit-stats" className="auditkit-stats">
        <div data-slot="audit-stat" className="auditkit-stat">
          <dt>{messages.eventsToday}</dt>
          <dd>{value(data?.totalToday)}</dd>
        </div>
        <div data-slot="audit-stat" className="auditkit-stat" data-kind="severe">
          <dt>{messages.severeThisWeek}</dt>
          <dd>{value(data?.severeThisWeek)}</dd>
        </div>
      </dl>
      {stale ? (
        <p data-slot="audit-stats-stale" className="auditkit-stats-stale">
          {messages.statsStale}
        </p>
      ) : null}
    </section>
  );
}
