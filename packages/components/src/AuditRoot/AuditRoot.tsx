import { useState, type HTMLAttributes } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import { createOpenModalStore, OpenModalContext } from '../ui/OpenModalContext.ts';

/** Colour scheme: fixed, or following the host's `prefers-color-scheme`. */
export type AuditTheme = 'light' | 'dark' | 'system';
/** Row and control spacing. */
export type AuditDensity = 'comfortable' | 'compact';

/** Props of {@link AuditRoot}. */
export interface AuditRootProps extends HTMLAttributes<HTMLElement> {
  /** @default 'system' */
  theme?: AuditTheme | undefined;
  /** @default 'comfortable' */
  density?: AuditDensity | undefined;
}

/**
 * The styling root: every rule in `styles.css` is scoped under it, so nothing leaks into the host page. Wrap
 * parts in it when you lay them out yourself; `<AuditLog>` renders one. It is a labelled `section` landmark.
 *
 * It is also the size container the layout reads (CSS container queries, named `auditkit`): in a narrow drawer,
 * pane or phone the events become cards and the filters fold behind one button, whatever the window's width.
 * It takes its width from where it is placed, never from its content: it fills a block, a grid cell, a flex row
 * (giving way to its siblings), a centred flex column or an absolutely positioned box of auto width; inside a box
 * sized by its content (inline-block, float, auto-width table cell, auto-width drawer) give it or that box a
 * width. Writing direction follows the host (`dir` inherited), or pass `dir="rtl"` here.
 *
 * @example
 * ```tsx
 * <AuditRoot theme="dark"><AuditTable /></AuditRoot>
 * ```
 */
export function AuditRoot({
  theme = 'system',
  density = 'comfortable',
  className,
  children,
  ...rest
}: AuditRootProps) {
  // `lang` of a translation, so screen readers speak its words in its language (a host's `lang` prop wins).
  const { messages, lang } = useAuditUi();
  const [openModal] = useState(createOpenModalStore);
  return (
    <OpenModalContext.Provider value={openModal}>
      <section
        aria-label={messages.regionLabel}
        lang={lang}
        {...rest}
        className={cx('auditkit-root', 'auditkit', className)}
        data-slot="audit-root"
        data-theme={theme}
        data-density={density}
      >
        {children}
      </section>
    </OpenModalContext.Provider>
  );
}
