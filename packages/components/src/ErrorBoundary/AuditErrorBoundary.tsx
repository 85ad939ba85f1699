import { Component, type ErrorInfo, type ReactNode } from 'react';
import { AuditErrorContext, toInfo, type AuditErrorHandler } from './AuditErrorContext.ts';
import { AuditErrorFallback } from './AuditErrorFallback.tsx';

/** Props of {@link AuditErrorBoundary}. */
export interface AuditErrorBoundaryProps {
  /** Called with each render failure inside, here or in a part within (which then shows its own error state). */
  onError?: AuditErrorHandler | undefined;
  /** Which part this guards, passed to `onError`. @default 'AuditLog' */
  part?: string | undefined;
  /**
   * After a failure, a change of any of these (compared with `Object.is`) mounts the children afresh, as Retry
   * does: e.g. the props the failure came from, so a host that passes valid ones again sees the log back without
   * a click (`<AuditLog>` passes its client, `baseUrl`, whether it has `getToken`, `tenantId` and `userId`).
   */
  resetKeys?: readonly unknown[] | undefined;
  children?: ReactNode | undefined;
}

function keysChanged(before: readonly unknown[] = [], after: readonly unknown[] = []): boolean {
  return before.length !== after.length || before.some((key, index) => !Object.is(key, after[index]));
}

/**
 * Calls a host's `onError`, which must not fail in turn: a handler that throws (an error tracker not set up yet, or
 * from plain JS a value that is no function) would hand its error to the boundary above, which calls it again, up
 * to React's root, which unmounts the host's whole page. Its failure is logged instead, beside the one it was told.
 */
function report(handler: AuditErrorHandler | undefined, error: unknown, info: ReturnType<typeof toInfo>) {
  if (handler === undefined) return;
  try {
    handler(error, info);
  } catch (failure) {
    console.error(`[auditkit] onError threw while reporting a failure in ${info.part}:`, failure);
  }
}

interface State {
  failed: boolean;
  /** Bumped by Retry, so the children mount afresh. */
  attempt: number;
}

/**
 * Keeps a failure inside the audit log inside it: the guarded part shows an error state with Retry, `onError`
 * hears about it, and the host's page stays. `<AuditLog>` and every exported part are already guarded; wrap
 * your own layout of parts in one to receive `onError`. A class component, as React 18 and 19 both require for
 * error boundaries.
 *
 * @example
 * ```tsx
 * <AuditErrorBoundary onError={(error) => reportToSentry(error)}>
 *   <FilterBar />
 *   <AuditTable />
 * </AuditErrorBoundary>
 * ```
 */
export class AuditErrorBoundary extends Component<AuditErrorBoundaryProps, State> {
  static override contextType = AuditErrorContext;
  declare context: AuditErrorHandler | undefined;
  override state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    const part = this.props.part ?? 'AuditLog';
    // Both this boundary's own handler and the one above it (a host's boundary around a layout of parts).
    report(this.props.onError, error, toInfo(info, part));
    if (this.context !== this.props.onError) report(this.context, error, toInfo(info, part));
  }

  override componentDidUpdate(previousProps: AuditErrorBoundaryProps, previousState: State) {
    // Only when it had already failed before this update: the keys may change in the very render that fails
    // (a sign-out taking `getToken` away), which must show the error state, not be reset at once.
    if (
      this.state.failed &&
      previousState.failed &&
      keysChanged(previousProps.resetKeys, this.props.resetKeys)
    ) {
      this.retry();
    }
  }

  private retry = () => this.setState((state) => ({ failed: false, attempt: state.attempt + 1 }));

  override render() {
    if (this.state.failed) return <AuditErrorFallback onRetry={this.retry} />;
    const handler = this.props.onError ?? this.context;
    return (
      <AuditErrorContext.Provider value={handler} key={this.state.attempt}>
        {this.props.children}
      </AuditErrorContext.Provider>
    );
  }
}
