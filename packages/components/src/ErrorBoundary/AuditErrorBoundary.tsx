import { Component, createRef, type ErrorInfo, type ReactNode } from 'react';
import { activeElementOf } from '../ui/domRealm.ts';
import { focusLost } from '../ui/focusLost.ts';
import { retryFailedParts } from '../ui/onDemand.ts';
import { AuditErrorContext, toInfo, type AuditErrorHandler } from './AuditErrorContext.ts';
import { AuditErrorFallback } from './AuditErrorFallback.tsx';
import { focusedElement } from './focusedElement.ts';
import { focusFirstIn } from './focusFirstIn.ts';

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

/** Where focus was just before the part and its error state swapped places (see `getSnapshotBeforeUpdate`). */
type Snapshot =
  | { to: 'failed'; focused: Element | null }
  | { to: 'shown'; retryFocused: boolean; parent: Node; before: Node | null; after: Node | null };

/** The nodes between `before` and `after` in `parent`: what took the error state's place. */
function* between({ parent, before, after }: { parent: Node; before: Node | null; after: Node | null }) {
  let node = before?.parentNode === parent ? before.nextSibling : parent.firstChild;
  for (; node && node !== after; node = node.nextSibling) yield node;
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
  private retryRef = createRef<HTMLButtonElement>();

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    const part = this.props.part ?? 'AuditLog';
    // Both this boundary's own handler and the one above it (a host's boundary around a layout of parts).
    report(this.props.onError, error, toInfo(info, part));
    if (this.context !== this.props.onError) report(this.context, error, toInfo(info, part));
  }

  // Read before React swaps the part and its error state, while what had focus is still in the page: the part
  // renders no element of its own to ask whether focus is inside it.
  override getSnapshotBeforeUpdate(_: AuditErrorBoundaryProps, previousState: State): Snapshot | null {
    if (previousState.failed === this.state.failed) return null;
    if (this.state.failed) return { to: 'failed', focused: focusedElement(document) };
    const retry = this.retryRef.current;
    const fallback = retry?.closest('[data-slot="audit-state"]');
    if (!retry || !fallback?.parentNode) return null;
    return {
      to: 'shown',
      retryFocused: activeElementOf(retry) === retry,
      parent: fallback.parentNode,
      before: fallback.previousSibling,
      after: fallback.nextSibling,
    };
  }

  override componentDidUpdate(
    previousProps: AuditErrorBoundaryProps,
    previousState: State,
    snapshot: Snapshot | null,
  ) {
    this.keepFocus(snapshot);
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

  /**
   * A failure that took the focus away with the part (a click in it, a panel of it open) hands it to Retry, and
   * Retry hands it to the part again: else it fell to the page's body, and the next Tab started from the top of
   * the page. Focus elsewhere (on the host's page, or on what opened the part) is left where it is.
   */
  private keepFocus(snapshot: Snapshot | null) {
    if (snapshot?.to === 'failed') {
      const retry = this.retryRef.current;
      if (snapshot.focused && !snapshot.focused.isConnected && retry && focusLost(retry)) retry.focus();
    } else if (snapshot?.to === 'shown' && snapshot.retryFocused && focusLost(snapshot.parent)) {
      focusFirstIn(between(snapshot));
    }
  }

  private retry = () => {
    // A part whose code failed to arrive (offline) fetches it again when it mounts afresh.
    retryFailedParts();
    this.setState((state) => ({ failed: false, attempt: state.attempt + 1 }));
  };

  override render() {
    if (this.state.failed) return <AuditErrorFallback onRetry={this.retry} retryRef={this.retryRef} />;
    const handler = this.props.onError ?? this.context;
    return (
      <AuditErrorContext.Provider value={handler} key={this.state.attempt}>
        {this.props.children}
      </AuditErrorContext.Provider>
    );
  }
}
