import { LiveRegion } from '../ui/LiveRegion.tsx';
import { useMessageSinceMount } from '../ui/useMessageSinceMount.ts';

/** Props of {@link ResultCountRegion}. */
export interface ResultCountRegionProps {
  /** "168 events" (see `useResultCount`). */
  count: string;
}

/**
 * The result count said from inside an open filter dialog, where the table's live region cannot be heard (the
 * page behind a modal dialog is out of the accessibility tree). Silent until a filter changes the count: opening
 * the dialog is no news. Only there while the dialog is open, so nothing is said twice.
 */
export function ResultCountRegion({ count }: ResultCountRegionProps) {
  return <LiveRegion message={useMessageSinceMount(count)} />;
}
