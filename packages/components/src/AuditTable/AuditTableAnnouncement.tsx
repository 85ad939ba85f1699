import type { AuditQuery } from '@auditkit/headless';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { useCountSaidAgain } from '../ui/useCountSaidAgain.ts';

/** Props of {@link AuditTableAnnouncement}. */
export interface AuditTableAnnouncementProps {
  /** What the region says now: the count, the sort with it, or a failed refresh. */
  message: string;
  /** The query the table's list asks for. */
  query: AuditQuery;
  /** Whether the list's answer to `query` is in. */
  answered: boolean;
}

/**
 * The table's polite region, its message said again once the answer to other matches has come with the same count
 * (`useCountSaidAgain`). A component of its own so that emptying it for a frame and filling it again re-renders
 * this region alone: in the table, that render re-rendered the whole table (and its pager and header) a frame after
 * each filter change's answer, before anything else could run (bench/profile.mjs filter).
 */
export function AuditTableAnnouncement({ message, query, answered }: AuditTableAnnouncementProps) {
  return <LiveRegion message={useCountSaidAgain(message, query, answered)} />;
}
