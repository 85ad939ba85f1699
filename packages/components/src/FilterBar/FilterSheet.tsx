import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { activeElementOf, isElement, resizeObserverOf } from '../ui/domRealm.ts';

/** Props of {@link FilterSheet}. */
export interface FilterSheetProps {
  /** Text of the toggle (its accessible name), e.g. "Filters (2)". */
  label: string;
  /** The filter controls. */
  children: ReactNode;
}

// The toggle is shown only in a narrow container (a CSS container query): there Escape closes the sheet.
const isShown = (element: HTMLElement | null) => element !== null && element.getClientRects().length > 0;
// The filter controls a keyboard reaches first in the row.
const firstControl = 'button:not([disabled]), input:not([disabled]), select:not([disabled])';

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
  // Whether the sheet was opened under a filter's dialog while the filters sat in the row (see onFocus).
  const openedForDialog = useRef(false);
  const sheetRef = useRef<HTMLDivElement>(null);
  // The control in the sheet that has focus, or lost it to no other element (see the effect).
  const focused = useRef<EventTarget | null>(null);
  useEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet || typeof ResizeObserver !== 'function') return;
    // A container that narrows (a rotated phone, a zoom, a host's drawer) under a filter control that has focus in
    // the row hides it in the closed sheet (display: none), and the browser drops focus on the page's body: the
    // user's place is gone. It goes to the toggle in its place, the sheet left closed as the user left it. A
    // hidden box's size is seen to change, when it hides, by a resize observer.
    const observer = resizeObserverOf(sheet, () => {
      if (!focused.current || isShown(sheet) || !isShown(toggleRef.current)) return;
      // A filter's open dialog is seen to by the sheet's focus handling (it opens the sheet under it).
      if (sheet.querySelector('dialog[open]')) return;
      const active = activeElementOf(sheet);
      const lost = active === null || active === sheet.ownerDocument.body || sheet.contains(active);
      focused.current = null;
      if (lost) toggleRef.current?.focus();
    });
    observer.observe(sheet);
    return () => observer.disconnect();
  }, []);
  const settleAfterDialog = (sheet: HTMLElement) => {
    if (!openedForDialog.current || sheet.querySelector('dialog[open]')) return;
    openedForDialog.current = false;
    if (!isShown(toggleRef.current)) setOpen(false);
  };
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
        onBlur={(event) => {
          // The other way: a container that widens under the focused toggle hides it as the filters go back to the
          // row, and the browser drops focus on the page's body. It goes to the first filter control, where the
          // toggle stood. Seen once the hiding has been laid out.
          if (event.relatedTarget !== null) return;
          const toggle = event.currentTarget;
          requestAnimationFrame(() => {
            const sheet = sheetRef.current;
            const active = activeElementOf(toggle);
            if (!sheet || isShown(toggle) || (active !== null && active !== toggle.ownerDocument.body))
              return;
            sheet.querySelector<HTMLElement>(firstControl)?.focus();
          });
        }}
      >
        <span>{label}</span>
        <Icon name="chevronDown" />
      </button>
      <div
        id={sheetId}
        data-slot="audit-filter-controls"
        className="auditkit-filter-controls"
        data-state={open ? 'open' : 'closed'}
        // A filter's dialog opened from the row (wide) stays drawn if the container then narrows (a rotated phone,
        // a zoom, a host's drawer): the sheet opens under it as it takes focus. Closed, the sheet would hide the
        // dialog with the filters (display: none), but a hidden modal still makes the rest of the page inert:
        // nothing to see, nothing to press. Once no dialog in it is open any more (seen as focus moves: closing a
        // modal gives focus back), a sheet opened only for one closes again if the row is still wide, so a later
        // narrowing shows it as the user left it. Whether a dialog is open, not where focus went: a click on a
        // dialog's title sends focus to the page's body while the dialog stays open.
        ref={sheetRef}
        onFocus={(event) => {
          focused.current = event.target;
          if (isElement(event.target) && event.target.closest('dialog')) {
            if (open) return;
            openedForDialog.current = !isShown(toggleRef.current);
            setOpen(true);
          } else settleAfterDialog(event.currentTarget);
        }}
        onBlur={(event) => {
          // Focus that leaves for no other element may have been dropped as the sheet hid: remembered until seen.
          // If the control is still shown once laid out, the user left it (a click on plain text): forgotten, or a
          // later narrowing would pull focus, and the page's scroll, back to the log.
          if (event.relatedTarget !== null) focused.current = null;
          else {
            const left = event.target;
            requestAnimationFrame(() => {
              if (focused.current === left && isElement(left) && isShown(left as HTMLElement))
                focused.current = null;
            });
          }
          settleAfterDialog(event.currentTarget);
        }}
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
