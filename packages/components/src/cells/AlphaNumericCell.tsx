import { valueToText } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { shownText } from '../ui/shownText.ts';
import { textDirection } from '../ui/textDirection.ts';
import { SafeText } from './SafeText.tsx';

/** Props of {@link AlphaNumericCell}. */
export interface AlphaNumericCellProps {
  value: unknown;
  /** The event field shown, for the host's link opt-in (`links`). */
  field?: string | undefined;
}

/**
 * Plain event text (action, description, user agent, custom columns), clipped by CSS with the full text in the
 * details panel. Never a link unless the host opted in for this field and the URL's origin (`links`).
 *
 * @example
 * ```tsx
 * <AlphaNumericCell value={event.action} />
 * ```
 */
export function AlphaNumericCell({ value, field }: AlphaNumericCellProps) {
  const { links, messages } = useAuditUi();
  const text = shownText(valueToText(value), messages);
  // Plain text unless the host opted in to links for this field: SafeText's own component and fragment in every
  // text cell of every row cost a page of rows its mount and unmount time for nothing (bench/profile.mjs filter).
  const linkable = links !== undefined && field !== undefined && links.fields.includes(field);
  // Text with right-to-left words says its direction, read from all its words: CSS alone takes it from the first
  // letter, and laid an English sentence starting with an Arabic name out right to left.
  return (
    <span data-slot="audit-text" className="auditkit-text" dir={textDirection(text)}>
      {linkable ? <SafeText text={text} field={field} /> : text}
    </span>
  );
}
