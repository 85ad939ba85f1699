import { useId, useRef, useState, type ReactNode } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { isElement } from '../ui/domRealm.ts';

/** Props of {@link FilterSheet}. */
export interface FilterSheetProps {
  /** Text of the toggle (its accessible name), e.g. "Filters (2)". */
  label: string;
  /** The filter controls. */
  children: ReactNode;
}

// The toggle is shown only in a narrow container (a CSS container query): there Escape closes the sheet.
const isShown = (element: HTMLElement | null) => element !== null && element.getClientRects().length > 0;

/**
 * The filter controls behind one toggle in a narrow container: a disclosure (the button's `aria-expanded`
 * says whether the sheet under it is open; Tab goes from the button into the sheet; Escape inside it closes it
 * and returns focus to the button). Wide, the toggle is hidden by CSS and the controls sit in the filter row.
 * CSS, not a measured width, decides which, so the server's HTML is already laid out for the container.
 */
export function FilterSheet({ label, children }: FilterSheetProps) {
  const [open, setOpen] = useState(false);
  const sheetId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        data-slot="audit-filters-toggle"
        className="auditkit-filters-toggle"
        data-state={open ? 'open' : 'closed'}
        aria-expanded={open}
        aria-controls={sheetId}
        onClick={() => setOpen((was) => !was)}
      >
        <span>{label}</span>
        <Icon name="chevronDown" />
      </button>
      <div
        id={sheetId}
        data-slot="audit-filter-controls"
        className="auditkit-filter-controls"
        data-state={open ? 'open' : 'closed'}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || event.defaultPrevented || !open) return;
          // A popover's own Escape (it closes itself) is not the sheet's.
          if (isElement(event.target) && event.target.closest('dialog')) return;
          if (!isShown(toggleRef.current)) return;
          event.preventDefault();
          setOpen(false);
          toggleRef.current?.focus();
        }}
      >
        {children}
      </div>
    </>
  );
}
