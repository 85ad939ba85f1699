import { UNSHOWABLE_VALUE } from '../client/unshowableValue.ts';
import { revealHiddenText } from './revealHiddenText.ts';

/**
 * Any event value as display text. Objects become compact JSON; `null`/`undefined` become ''. Never throws,
 * even on cyclic or exotic values a custom column might carry: one JSON cannot write (too deep, cyclic) becomes
 * `UNSHOWABLE_VALUE`, as the client's parser makes of such a value in a text field, for the UI to word in its
 * language. Invisible formatting characters show as their code points (`revealHiddenText`).
 *
 * @example
 * ```tsx
 * <td>{valueToText(event.metadata)}</td>
 * ```
 */
export function valueToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return revealHiddenText(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  try {
    return revealHiddenText(JSON.stringify(value) ?? '');
  } catch {
    return UNSHOWABLE_VALUE;
  }
}
