import { allowedLink } from '@auditkit/headless';
import type { ReactNode } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';

/** Props of {@link SafeText}. */
export interface SafeTextProps {
  /** Untrusted text from an event. */
  text: string;
  /**
   * The event field the text comes from. Its URLs become links only when the host opted in for this field and
   * the URL's origin (`AuditUiProvider links`); otherwise the text is plain.
   */
  field?: string | undefined;
}

const urlPattern = /\bhttps?:\/\/[^\s<>"']+/gi;

/**
 * Renders untrusted event text as React text nodes only. Event fields are written by whoever triggered the
 * event, so a URL in them is plain text by default: a link inside the admin's trusted screen would lend it that
 * trust. A host may opt in per field and origin (`links={{ fields: ['resource'], origins: ['https://app.acme.test'] }}`);
 * such a link shows its full destination as its text.
 *
 * @example
 * ```tsx
 * <SafeText text={event.resource} field="resource" />
 * ```
 */
export function SafeText({ text, field }: SafeTextProps) {
  const { links } = useAuditUi();
  if (!links || field === undefined || !links.fields.includes(field)) return <>{text}</>;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const href = allowedLink(match[0], links.origins);
    if (!href) continue;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a
        key={start}
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        data-slot="audit-link"
        className="auditkit-link"
      >
        {href}
      </a>,
    );
    last = start + match[0].length;
  }
  if (parts.length === 0) return <>{text}</>;
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
