import { useAuditStats } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import { formatNumber } from '../ui/formatNumber.ts';

/** Props of {@link StatsStrip}. */
export interface StatsStripProps {
  className?: string;
}

/**
 * Events today and severe events this week for the tenant. Renders nothing when stats are unavailable (they
 * are a bonus, never a reason to show an error over the log).
 *
 * @example
 * ```tsx
 * <StatsStrip />
 * ```
 */
export function StatsStrip({ className }: StatsStripProps) {
  const { messages, locale } = useAuditUi();
  const { data } = useAuditStats();
  if (!data) return null;
  return (
    <section aria-label={messages.statsLabel} className={cx(className)}>
      <dl data-slot="audit-stats">
        <div data-slot="audit-stat">
          <dt>{messages.eventsToday}</dt>
          <dd>{formatNumber(data.totalToday, locale)}</dd>
        </div>
        <div data-slot="audit-stat" data-kind="severe">
          <dt>{messages.severeThisWeek}</dt>
          <dd>{formatNumber(data.severeThisWeek, locale)}</dd>
        </div>
      </dl>
    </section>
  );
}
