import type { AuditPagingMode } from '@auditkit/headless';
import { useContext, type ReactNode } from 'react';
import { AuditStateContext } from './AuditStateContext.ts';
import { AuditStateProvider } from './AuditStateProvider.tsx';
import { useSeparateStateWarning } from './useSeparateStateWarning.ts';

/** Props of {@link AuditStateScope}. */
export interface AuditStateScopeProps {
  /**
   * How the view state the part makes of its own pages, when no `AuditStateProvider` is around it (a table's own
   * `paging`): the details of its rows then look for an event as that list is read. Under a provider, the
   * provider's `paging` decides. @default 'pages'
   */
  paging?: AuditPagingMode | undefined;
  children?: ReactNode | undefined;
}

/**
 * Places a part in view state: the nearest `AuditStateProvider`'s when there is one (inside `<AuditLog>`, the
 * state hooks run once for all parts), else a provider of its own, so a part used alone still works. The same
 * pattern as the table's `DisclosureScope`. A development build warns when two parts under one `AuditProvider`
 * each made their own: they would not share the query.
 *
 * @example
 * export function FilterBar(props: FilterBarProps) {
 *   return <AuditStateScope><FilterBarContent {...props} /></AuditStateScope>;
 * }
 */
export function AuditStateScope({ paging, children }: AuditStateScopeProps) {
  const shared = useContext(AuditStateContext);
  // A fragment, not `children` itself: the declared return type is then JSX.Element, which React 18's types accept
  // for a component; an inferred ReactNode (React 19's, with bigint and promises) made it no JSX component there.
  return shared ? <>{children}</> : <OwnAuditState paging={paging}>{children}</OwnAuditState>;
}

function OwnAuditState({ paging, children }: AuditStateScopeProps) {
  useSeparateStateWarning();
  return <AuditStateProvider paging={paging}>{children}</AuditStateProvider>;
}
