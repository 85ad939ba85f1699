import { LiveRegion } from '../ui/LiveRegion.tsx';
import { useMessageSinceMount } from '../ui/useMessageSinceMount.ts';
import { useResultCount } from './useResultCount.ts';

/**
 * The result count ("168 events") said from inside an open filter dialog, where the table's live region cannot
 * be heard (the page behind a modal dialog is out of the accessibility tree), or the table's error when a filter's
 * list failed (its alert is on the page, out of that tree too). Silent until a filter answers: opening the dialog
 * is no news, and an answer with the same count is said again (`useCountSaidAgain`). Only there while the dialog
 * is open, so nothing is said twice, and only then does it follow the list (the filter bar itself does not
 * re-render when the rows arrive: of it, only the note of what is not applied reads them, `UnappliedNote`).
 */
export function ResultCountRegion() {
  return <LiveRegion message={useMessageSinceMount(useResultCount())} />;
}
