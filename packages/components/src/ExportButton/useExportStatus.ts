import { isAuditApiError, type CsvExportState, type UnappliedFilter } from '@auditkit/headless';
import { useEffect, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import { errorText } from '../ui/errorText.ts';
import { formatNumber, formatPercent } from '../ui/formatNumber.ts';
import { sentences } from '../ui/sentences.ts';

/** The words of an export's state: progress, the outcome, and what a screen reader hears. */
export interface ExportStatusText {
  /** "1,200 of 5,000 rows" while running. */
  progressText: string;
  /** The outcome (done, cancelled, failed with the reason); empty while idle or running. */
  message: string;
  /** `done`, `cancelled` or `error` (a styling hook), empty otherwise. */
  kind: '' | 'done' | 'cancelled' | 'error';
  /** Coarse progress (every 10%, or the rows so far by their first digit without a total) while running, said no
   * sooner than 2 s after the start and then at most every 5 s; else the outcome, at once: announced politely. */
  announcement: string;
}

/**
 * Turns `useCsvExport`'s state into the export button's status text, in the log's locale and messages. A finished
 * file names the filters it could not apply (`labelOf` names an item as the filter bar does: a filter by its
 * column's label, a time bound as the time range): once it has ended, the note in the dialog describes the next
 * export, from the filters as they are now. A refused export says so in the log's words (a 403), and when the API
 * asked to wait, how long.
 */
export function useExportStatus(
  csv: CsvExportState,
  labelOf: (item: UnappliedFilter) => string,
  /** The file is the library's to save (a download, a picked file), not written into the host's own stream. */
  savesFile: boolean,
): ExportStatusText {
  const { messages, locale, lang } = useAuditUi();
  const fmt = (value: number) => formatNumber(value, locale);
  const progressText = messages.exportProgress(
    fmt(csv.rows),
    csv.total === undefined ? '…' : fmt(csv.total),
    csv.total,
  );
  let message = '';
  let kind: ExportStatusText['kind'] = '';
  if (csv.status === 'done') {
    const done = messages.exportDone(fmt(csv.rows), csv.rows);
    // A filter by its column, a sort as a sort (as the dialog's note says them), each once.
    const left = [
      ...new Set(
        csv.unapplied.map((item) =>
          item.kind === 'sort' ? messages.unappliedSort(labelOf(item)) : labelOf(item),
        ),
      ),
    ];
    // In the words' language (a French note says "et" whatever the number format's locale).
    const list = () => new Intl.ListFormat(lang ?? locale, { type: 'conjunction' }).format(left);
    [message, kind] = [left.length > 0 ? messages.exportDoneLeftOut(done, list()) : done, 'done'];
  } else if (csv.status === 'cancelled') {
    // The host's own stream already holds the rows written before the cancel: "no file was saved" would be untrue.
    [message, kind] = [savesFile ? messages.exportCancelled : messages.exportCancelledToHost, 'cancelled'];
  } else if (csv.status === 'error') {
    const api = isAuditApiError(csv.error) ? csv.error : undefined;
    const said = errorText(csv.error, messages, locale);
    // "Too many requests": only for a 429 (a 503 may ask to wait too). Joined as the language joins sentences
    // (no space after a Japanese `。`), not with a space in every language.
    const wait =
      api?.status === 429 && api.retryAfter ? messages.retryAfter(fmt(api.retryAfter), api.retryAfter) : '';
    const reason =
      api?.status === 403 ? messages.exportNoPermission : said && wait ? sentences(said, wait) : said || wait;
    // A failed export saves nothing: said, so nobody takes a half file for the whole (the host's own stream
    // received what came before the failure, so not there).
    const failed = messages.exportFailed(reason);
    [message, kind] = [savesFile ? sentences(failed, messages.exportNoFile) : failed, 'error'];
  }
  const running = csv.status === 'running';
  const progress = useSpokenProgress(running, running ? runningAnnouncement(csv, messages, locale) : '');
  const announcement = running ? progress : message;
  return { progressText, message, kind, announcement };
}

/**
 * What a screen reader hears while an export runs, coarsely, not every batch of rows (it would otherwise talk
 * without pause): every 10% of the total; without a total (some servers send none), the rows written so far in the
 * visible progress's words, rounded down to their first digit (500, 1,000, 2,000 … 10,000, 20,000), so it speaks
 * about as often against what is written as a percentage does. "0% complete" for the whole export told a screen
 * reader user nothing moved while the dialog counted the rows. Nothing before the first row or the first 10%:
 * "0 of …" or "0%" says only that the export started, which the click and the focused Cancel button told already.
 */
function runningAnnouncement(
  csv: CsvExportState,
  messages: AuditMessages,
  locale: string | undefined,
): string {
  const { rows, total } = csv;
  if (rows <= 0) return '';
  if (total === undefined) {
    // By its digits, not Math.log10 (a float may fall just under a power of ten).
    const step = 10 ** (String(Math.max(1, Math.trunc(rows))).length - 1);
    const coarse = Math.floor(rows / step) * step;
    return messages.exportProgress(formatNumber(coarse, locale), '…', undefined);
  }
  const percent = total ? Math.floor((rows / total) * 10) * 10 : 0;
  return percent > 0 ? messages.exportPercent(formatPercent(percent / 100, locale)) : '';
}

/**
 * Quiet this long after an export starts: most exports end within it, and then only their outcome is said. Each
 * polite message is queued and read in full (NVDA dropped none of a 150 ms export's seven), so a short export
 * told its progress after it had ended.
 */
const FIRST_PROGRESS_MS = 2000;
/**
 * Then at most one progress message this often: long enough for a message (about a second to say) and a pause
 * for the user's own reading, short enough that a long export is heard to move.
 */
const PROGRESS_EVERY_MS = 5000;

/**
 * The progress a running export says (`progress` holds its latest coarse words, '' for nothing yet): none until
 * {@link FIRST_PROGRESS_MS} after the start, then the latest words whenever they change, no sooner than
 * {@link PROGRESS_EVERY_MS} after the last. Words that changed in a pause are said, as they are then, when it ends.
 */
function useSpokenProgress(running: boolean, progress: string): string {
  const [state, setState] = useState<SpokenProgress>({ running, text: '', due: false });
  let next = state;
  // Each run starts quiet, and leaves nothing of its own for the next one to say.
  if (state.running !== running) next = { running, text: '', due: false };
  else if (running && state.due && progress && progress !== state.text)
    next = { running, text: progress, due: false };
  // Adjusted while rendering, as React advises for state that follows props: an effect would say it a render late.
  if (next !== state) setState(next);
  const { text, due } = next;
  useEffect(() => {
    if (!running || due) return;
    const timer = setTimeout(
      () => setState((current) => ({ ...current, due: true })),
      text ? PROGRESS_EVERY_MS : FIRST_PROGRESS_MS,
    );
    return () => clearTimeout(timer);
  }, [running, due, text]);
  return running ? text : '';
}

interface SpokenProgress {
  /** The run the rest is about: a change starts afresh. */
  running: boolean;
  /** The progress said last in this run, '' for none yet. */
  text: string;
  /** The pause after the start, or after the last message, is over: the next change is said at once. */
  due: boolean;
}
