import type { AuditApiError } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';

/** Skeleton shown while the first page loads. */
export function AuditTableSkeleton({ columns }: { columns: number }) {
  const { messages } = useAuditUi();
  return (
    <div data-slot="audit-state" data-kind="loading" aria-busy="true">
      <span data-slot="audit-visually-hidden">{messages.loading}</span>
      {Array.from({ length: 5 }, (_, row) => (
        <div key={row} style={{ display: 'flex', gap: 16, width: '100%' }} aria-hidden="true">
          {Array.from({ length: Math.max(1, columns) }, (_, cell) => (
            <span key={cell} data-slot="audit-skeleton" style={{ flex: 1 }} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** Props of {@link AuditTableError}. */
export interface AuditTableErrorProps {
  error: AuditApiError | Error;
  onRetry: () => void;
}

/** The server's own message, its trace id to quote to support, and a retry; "no permission" for a 403. */
export function AuditTableError({ error, onRetry }: AuditTableErrorProps) {
  const { messages } = useAuditUi();
  const api = 'kind' in error ? error : undefined;
  if (api?.status === 403) {
    return (
      <div data-slot="audit-state" data-kind="forbidden" role="alert">
        <p>{messages.noPermission}</p>
      </div>
    );
  }
  const detail = api?.messages.join(' ') || error.message;
  return (
    <div data-slot="audit-state" data-kind="error" role="alert">
      <p>
        <strong>{messages.errorTitle}</strong>
      </p>
      <p>{detail}</p>
      {api?.retryAfter ? <p>{messages.retryAfter(String(api.retryAfter))}</p> : null}
      {api?.traceId ? (
        <p>
          <small>{messages.traceId(api.traceId)}</small>
        </p>
      ) : null}
      <button type="button" onClick={onRetry}>
        <Icon name="refresh" />
        <span>{messages.retry}</span>
      </button>
    </div>
  );
}

/** Props of {@link AuditTableEmpty}. */
export interface AuditTableEmptyProps {
  filtered: boolean;
  onClear: () => void;
}

/** Says why nothing is shown: no events at all, or none matching the filters (with a way out). */
export function AuditTableEmpty({ filtered, onClear }: AuditTableEmptyProps) {
  const { messages } = useAuditUi();
  return (
    <div data-slot="audit-state" data-kind="empty">
      <p>{filtered ? messages.emptyNoMatch : messages.emptyNoEvents}</p>
      {filtered ? (
        <button type="button" onClick={onClear}>
          {messages.clearFilters}
        </button>
      ) : null}
    </div>
  );
}
