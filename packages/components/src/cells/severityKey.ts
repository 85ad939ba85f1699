import { knownSeverity } from '@auditkit/headless';

/**
 * A severity's styling key, `data-severity`: its level in lower case (`critical`) in any case it is written, else
 * `unknown` (the neutral look). The badge and the cards' pill both draw by it.
 */
export const severityKey = (text: string): string => knownSeverity(text)?.toLowerCase() ?? 'unknown';
