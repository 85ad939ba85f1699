import { ownValue } from '@auditkit/headless';
import type { ReactElement } from 'react';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AlphaNumericCell } from './AlphaNumericCell.tsx';
import { IpAddressCell } from './IpAddressCell.tsx';
import { JsonCell } from './JsonCell.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';
import { TimestampCell } from './TimestampCell.tsx';
import { UserCell } from './UserCell.tsx';

/**
 * The cell component for one event field, by its metadata type (vendor types the library does not know render as
 * text). A function rather than a component, so the table's cells hold no wrapper component of their own: a row
 * mounts and unmounts six cells at a time, hundreds of rows at a time, and each layer costs on both
 * (bench/profile.mjs filter). `<CellByType>` is the component form.
 *
 * @param cellKey Unique within the enclosing table (row and column), so stateful cells share its one state map.
 */
export function renderCell(
  column: AuditColumnLike,
  event: AuditEventLike,
  cellKey?: string,
): ReactElement | null {
  const value = ownValue(event, column.name);
  switch (column.type) {
    case 'Timestamp':
      return <TimestampCell value={value} cellKey={cellKey} />;
    case 'Email':
      // The `email` column is who acted (Frontegg's "User": name, email, impersonation); a vendor's other Email
      // column (a target, an invitee) holds its own address, shown as it is.
      return column.name === 'email' ? (
        <UserCell event={event} />
      ) : (
        <AlphaNumericCell value={value} field={column.name} />
      );
    case 'UserIdentity':
      // Frontegg's older metadata types the user who acted so (its `user` column): the same cell as `email`.
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
