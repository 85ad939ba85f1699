import { valueToText } from '../ui/valueToText.ts';
import { SafeText } from './SafeText.tsx';

/** Props of {@link AlphaNumericCell}. */
export interface AlphaNumericCellProps {
  value: unknown;
  /** The event field shown, for the host's link opt-in (`links`). */
  field?: string;
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
  return (
    <span data-slot="audit-text">
      <SafeText text={valueToText(value)} field={field} />
    </span>
  );
}
