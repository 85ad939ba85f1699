import { Suspense, useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLayoutEffectOnClient } from './useLayoutEffectOnClient.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { activeElementOf, isHTMLElement, windowOf } from './domRealm.ts';
import { Icon, type IconName } from './Icon.tsx';
import { followViewport, placePopover } from './placePopover.ts';
import { useOpenModalRegistration } from './useOpenModal.ts';
import { slotClass } from './slotClass.ts';
import { submitOnEnter } from './submitOnEnter.ts';
import { trapTab } from './trapTab.ts';

/** Props of {@link Popover}. */
export interface PopoverProps {
  /** Text of the trigger button (its accessible name). */
  label: ReactNode;
  icon?: IconName | undefined;
  /** Heading of the panel (its accessible name). */
  title: string;
  /** Panel content; receives `close`. */
  children: (close: () => void) => ReactNode;
  /** `data-slot` of the trigger, for styling and tests. */
  slot?: string | undefined;
  disabled?: boolean | undefined;
  /** Extra description of the trigger (e.g. why it is disabled). */
  describedBy?: string | undefined;
  /**
   * Starts fetching the panel's code (an on-demand part, see onDemand.ts): called when the pointer or focus
   * reaches the trigger, so the panel is there by the click or key press. Until it is, the open panel shows its
   * header and an empty busy body (it floats in the top layer: nothing on the page moves).
   */
  preload?: (() => void) | undefined;
}

// Inputs whose Enter does something of its own (a click, a picker). Enter in any other submits the form around it
// (implicit submission), a checkbox, radio or range too in Chromium.
const ownEnter = new Set(['button', 'submit', 'reset', 'image', 'color', 'file']);

/** Runs `run` after the panel's content has committed (at once, or when its on-demand code has arrived). */
function AfterContent({ run }: { run: () => void }) {
  useLayoutEffectOnClient(run, [run]);
  return null;
}

/**
 * A button that opens a panel as a native modal `<dialog>`: the browser traps focus inside, Escape closes it,
 * and focus returns to the trigger on close. A click outside the panel closes it too. No UI kit needed.
 */
export function Popover({
  label,
  icon,
  title,
  children,
  slot,
  disabled,
  describedBy,
  preload,
}: PopoverProps) {
  const { messages } = useAuditUi();
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const dialogId = useId();
  const titleId = useId();

  const close = useCallback(() => setOpen(false), []);
  // Whether the panel is meant to be open, as last committed, for the dialog's `close` event (see there).
  const openRef = useRef(false);
  useOpenModalRegistration(dialogRef, open);

  // Under the trigger (placePopover); again once content that loaded on demand has given the panel its size, and
  // whenever the viewport changes while it is open, so a zoom, a rotation or an on-screen keyboard never leaves
  // the modal (and the focus in it) off screen behind an inert page.
  const place = useCallback(() => {
    const dialog = dialogRef.current;
    const trigger = triggerRef.current;
    if (dialog?.open && trigger) placePopover(dialog, trigger);
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    const trigger = triggerRef.current;
    if (!open || !dialog || !trigger) return;
    return followViewport(windowOf(trigger), () => {
      place();
      // What has focus stays in sight in the panel's own scroll (the on-screen keyboard that shrank the
      // viewport is typing into it).
      const active = activeElementOf(dialog);
      if (active !== dialog && dialog.contains(active)) active?.scrollIntoView({ block: 'nearest' });
    });
  }, [open, place]);

  useLayoutEffectOnClient(() => {
    openRef.current = open;
    const dialog = dialogRef.current;
    const trigger = triggerRef.current;
    if (!dialog || !trigger) return;
    if (open && !dialog.open) {
      dialog.showModal();
      place();
    } else if (!open && dialog.open) {
      dialog.close();
      // Browsers restore focus on close; this covers embedders whose focus moved meanwhile.
      trigger.focus();
    }
  }, [open, place]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onClose = () => {
      // Closed by the browser (Escape), not by `open`: focus goes back to the trigger here too. The browser gives
      // it to what had focus when the panel opened, which is not the trigger when a click did not focus it
      // (Safari, Firefox on macOS) or a script opened it: the page's body, or something far from the panel.
      const trigger = triggerRef.current;
      if (openRef.current && trigger?.isConnected) trigger.focus();
      setOpen(false);
    };
    // A click on the ::backdrop targets the dialog itself, outside its padding box.
    const onClick = (event: MouseEvent) => {
      if (event.target !== dialog) return;
      const box = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (!inside) setOpen(false);
    };
    dialog.addEventListener('close', onClose);
    dialog.addEventListener('click', onClick);
    return () => {
      dialog.removeEventListener('close', onClose);
      dialog.removeEventListener('click', onClick);
    };
  }, []);

  // Unmounted while open (the host navigated away): close before the element leaves the document, so the
  // page is never left inert behind a modal. Layout cleanups run before React removes the node.
  useLayoutEffectOnClient(() => {
    const dialog = dialogRef.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        data-slot={slot}
        className={slot === undefined ? undefined : slotClass(slot)}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={dialogId}
        aria-describedby={describedBy}
        disabled={disabled}
        data-state={open ? 'open' : 'closed'}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen((was) => !was)}
      >
        {icon ? <Icon name={icon} /> : null}
        <span>{label}</span>
      </button>
      <dialog
        ref={dialogRef}
        id={dialogId}
        aria-labelledby={titleId}
        data-slot="audit-popover"
        className="auditkit-popover"
        onKeyDown={(event) => {
          if (event.key === 'Tab' && dialogRef.current) trapTab(event.nativeEvent, dialogRef.current);
          // A host page's own form around the log (ASP.NET WebForms, settings pages) takes Enter on a field that did
          // nothing with it (a severity's checkbox) as its submit: the page would post back and lose the log.
          const { target } = event;
          if (!event.defaultPrevented && isHTMLElement(target, 'input') && !ownEnter.has(target.type))
            submitOnEnter(event, () => {});
        }}
      >
        {open ? (
          <div data-slot="audit-popover-body" className="auditkit-popover-body">
            <div data-slot="audit-popover-header" className="auditkit-popover-header">
              <h2 id={titleId} data-slot="audit-popover-title" className="auditkit-popover-title">
                {title}
              </h2>
              <button type="button" data-variant="ghost" aria-label={messages.close} onClick={close}>
                <Icon name="close" />
              </button>
            </div>
            <Suspense
              fallback={
                <div
                  data-slot="audit-popover-loading"
                  className="auditkit-popover-loading"
                  aria-busy="true"
                />
              }
            >
              {children(close)}
              <AfterContent run={place} />
            </Suspense>
          </div>
        ) : (
          <h2 id={titleId} hidden>
            {title}
          </h2>
        )}
      </dialog>
    </>
  );
}
