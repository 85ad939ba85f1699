import { useContext, type ReactNode } from 'react';
import { AuditStateContext } from './AuditStateContext.ts';
import { AuditStateProvider } from './AuditStateProvider.tsx';
import { useSeparateStateWarning } from './useSeparateStateWarning.ts';

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
export function AuditStateScope({ children }: { children?: ReactNode | undefined }) {
  const shared = useContext(AuditStateContext);
  // A fragment, not `children` itself: the declared return type is then JSX.Element, which React 18's types accept
  // for a component; an inferred ReactNode (React 19's, with bigint and promises) made it no JSX component there.
  return shared ? <>{children}</> : <OwnAuditState>{children}</OwnAuditState>;
}

function OwnAuditState({ children }: { children?: ReactNode | undefined }) {
  useSeparateStateWarning();
  return <AuditStateProvider>{children}</AuditStateProvider>;
}
