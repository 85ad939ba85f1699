import type { ReactNode } from 'react';
import { safeHttpUrl } from '../ui/safeHttpUrl.ts';

/** Props of {@link SafeText}. */
export interface SafeTextProps {
  /** Untrusted text from an event. */
  text: string;
  /** Make http(s) URLs clickable (opened in a new tab, no opener, no referrer). @default false */
  linkify?: boolean;
}

const urlPattern = /\bhttps?:\/\/[^\s<>"']+/gi;

/**
 * Renders untrusted event text as React text nodes only. With `linkify`, http and https URLs become links;
 * any other scheme (javascript:, data:) stays plain text.
 *
 * @example
 * ```tsx
 * <SafeText text={event.description} linkify />
 * ```
 */
export function SafeText({ text, linkify = false }: SafeTextProps) {
  if (!linkify) return <>{text}</>;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const href = safeHttpUrl(match[0]);
    if (!href) continue;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={href} target="_blank" rel="noopener noreferrer" data-slot="audit-link">
        {match[0]}
      </a>,
    );
    last = start + match[0].length;
  }
  if (parts.length === 0) return <>{text}</>;
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
