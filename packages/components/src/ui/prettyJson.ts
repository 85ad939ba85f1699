import { revealHiddenText, valueToText } from '@auditkit/headless';

/** A value as indented JSON for reading (the details panel, an expanded JSON cell); never throws, even on cycles. */
export function prettyJson(value: unknown): string {
  try {
    return revealHiddenText(JSON.stringify(value, null, 2) ?? '');
  } catch {
    return valueToText(value);
  }
}
