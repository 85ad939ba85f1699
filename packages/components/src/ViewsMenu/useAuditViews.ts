import {
  useAuditViews as useHeadlessAuditViews,
  type AuditViews,
  type UseSavedViewsOptions,
} from '@auditkit/headless';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';

/**
 * Saved views wired to the shared view state: headless `useAuditViews` given the log's query, columns and time
 * zone. It applies a view, takes a snapshot of the current one, and opens on the default view when the page has
 * no query of its own (a link's query always wins; the host's `defaultQuery` gives way to it).
 */
export function useAuditViews(options: UseSavedViewsOptions): AuditViews {
  const { queryState, preferences } = useAuditState();
  const { timeZone, setTimeZone } = useAuditUi();
  return useHeadlessAuditViews({ ...options, state: queryState, preferences, timeZone, setTimeZone });
}

/** What `useAuditViews` returns. */
export type AuditViewsController = AuditViews;
