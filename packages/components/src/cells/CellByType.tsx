import { ownValue } from '@auditkit/headless';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AlphaNumericCell } from './AlphaNumericCell.tsx';
import { IpAddressCell } from './IpAddressCell.tsx';
import { JsonCell } from './JsonCell.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';
import { TimestampCell } from './TimestampCell.tsx';
import { UserCell } from './UserCell.tsx';

/** Props of {@link CellByType}. */
export interface CellByTypeProps {
  column: AuditColumnLike;
  event: AuditEventLike;
  /** Unique within the enclosing table (row and column), so stateful cells share the table's one state map. */
  cellKey?: string;
}

/**
 * Renders one event field by its metadata type. Vendor types the library does not know render as text.
 *
 * @example
 * ```tsx
 * <CellByType column={{ name: 'severity', displayName: 'Severity', type: 'Severity' }} event={event} />
 * ```
 */
export function CellByType({ column, event, cellKey }: CellByTypeProps) {
  const value = ownValue(event, column.name);
  switch (column.type) {
    case 'Timestamp':
      return <TimestampCell value={value} cellKey={cellKey} />;
    case 'Email':
      return <UserCell event={event} />;
    case 'Severity':
      return <SeverityBadge value={value} />;
    case 'IpAddress':
      return <IpAddressCell value={value} cellKey={cellKey} />;
    case 'Json':
      return <JsonCell value={value} cellKey={cellKey} />;
    default:
      return <AlphaNumericCell value={value} field={column.name} />;
  }
}
