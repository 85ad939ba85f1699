import { valueToText } from '../ui/valueToText.ts';
import { SafeText } from './SafeText.tsx';

/** Props of {@link AlphaNumericCell}. */
export interface AlphaNumericCellProps {
  value: unknown;
}

/**
 * Plain event text (action, description, user agent, custom columns), clipped by CSS with the full text in the
 * details panel. http(s) URLs are links; nothing else is.
 *
 * @example
 * ```tsx
 * <AlphaNumericCell value={event.action} />
 * ```
 */
export function AlphaNumericCell({ value }: AlphaNumericCellProps) {
  return (
    <span data-slot="audit-text">
      <SafeText text={valueToText(value)} linkify />
    </span>
  );
}
