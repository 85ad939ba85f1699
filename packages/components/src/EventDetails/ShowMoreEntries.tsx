import type { ButtonHTMLAttributes } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import type { ShownEntries } from './useShownEntries.ts';

/** Props of {@link ShowMoreEntries}. */
export interface ShowMoreEntriesProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The list's {@link useShownEntries} state. */
  shown: Pick<ShownEntries, 'more' | 'left' | 'showMore'>;
}

/**
 * The "Show 100 more (4,900 left)" button of a list shown a slice at a time (a JSON branch, the details' extra
 * fields), counting in the log's locale. The caller places it, and renders it only while entries are left.
 */
export function ShowMoreEntries({ shown, ...rest }: ShowMoreEntriesProps) {
  const { messages, locale } = useAuditUi();
  const { more, left, showMore } = shown;
  return (
    <button {...rest} type="button" onClick={showMore}>
      {messages.showMoreEntries(formatNumber(more, locale), formatNumber(left, locale), left)}
    </button>
  );
}
