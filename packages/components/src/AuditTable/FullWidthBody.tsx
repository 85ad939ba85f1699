import type { ReactNode } from 'react';
import { slotClass } from '../ui/slotClass.ts';

/** Props of {@link FullWidthBody}. */
export interface FullWidthBodyProps {
  /** The part's `data-slot`, e.g. `audit-table-status`. */
  slot: string;
  /** How many columns the one cell spans: the visible ones. */
  span: number;
  /** The row's `aria-rowindex`, in a grid that says it (virtual rows, whose count is known). */
  rowIndex?: number | undefined;
  children: ReactNode;
}

/** A table body of one cell across every visible column: the status message, the infinite-scroll footer. */
export function FullWidthBody({ slot, span, rowIndex, children }: FullWidthBodyProps) {
  return (
    <tbody data-slot={slot} className={slotClass(slot)}>
      <tr aria-rowindex={rowIndex}>
        <td colSpan={span}>{children}</td>
      </tr>
    </tbody>
  );
}
