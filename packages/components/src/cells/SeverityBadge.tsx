import { ownValue, type AuditSeverity, valueToText } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { severityLabel } from '../messages/severityLabel.ts';
import { Icon, type IconName } from '../ui/Icon.tsx';
import { shownText } from '../ui/shownText.ts';
import { severityKey } from './severityKey.ts';

/** The severities the audits API defines (headless `AuditSeverity`; `auditSeverities` lists them mildest first). */
export type KnownSeverity = AuditSeverity;

const icons: Record<string, IconName> = {
  info: 'info',
  medium: 'medium',
  high: 'high',
  critical: 'critical',
  error: 'error',
};

/** Props of {@link SeverityBadge}. */
export interface SeverityBadgeProps {
  value: unknown;
}

/**
 * A severity as shape + text + colour, so no level depends on colour alone. Levels are matched
 * case-insensitively; an unknown value is shown as its own text with a neutral look, never dropped.
 * Style it with `[data-slot="audit-severity"][data-severity="critical"]`.
 *
 * @example
 * ```tsx
 * <SeverityBadge value="Critical" />
 * ```
 */
export function SeverityBadge({ value }: SeverityBadgeProps) {
  const { messages } = useAuditUi();
  const text = valueToText(value).trim();
  if (!text) return null;
  const key = severityKey(text);
  const icon = ownValue(icons, key);
  return (
    <span data-slot="audit-severity" className="auditkit-severity" data-severity={key}>
      <Icon name={icon ?? 'unknown'} />
      <span>{severityLabel(shownText(text, messages), messages)}</span>
    </span>
  );
}
