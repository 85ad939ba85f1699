import type { ReactNode } from 'react';
import { slotClass } from '../ui/slotClass.ts';

/** Props of {@link FullWidthBody}. */
export interface FullWidthBodyProps {
  /** The part's `data-slot`, e.g. `audit-table-status`. */
  slot: string;
  /** How many columns the one cell spans: the visible ones. */
  span: number;
  children: ReactNode;
}

/** A table body of one cell across every visible column: the status message, the infinite-scroll footer. */
export function FullWidthBody({ slot, span, children }: FullWidthBodyProps) {
  return (
    <tbody data-slot={slot} className={slotClass(slot)}>
      <tr>
        <td colSpan={span}>{children}</td>
      </tr>
    </tbody>
  );
}
