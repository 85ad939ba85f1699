import { isAuditApiError } from '@auditkit/headless';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import { formatNumber } from './formatNumber.ts';

/**
 * What to tell the user about a failure, in the log's language. A failure the library words itself (its `code`)
 * is said with `messages`, its numbers formatted in `locale`; the server's own `errors` are shown as it sent them
 * (they cannot be translated here), and any other error by its message. An `AuditApiError`'s `message` is English,
 * for developers, so it is shown only for a code this version does not know. A part of the library that could not
 * be fetched (its chunk) is said as an API that cannot be reached: the network failed, and the browser's words
 * ("Failed to fetch dynamically imported module: https://…") mean nothing to the user.
 */
export function errorText(
  error: Error | undefined,
  messages: AuditMessages,
  locale: string | undefined,
): string {
  if (!isAuditApiError(error)) {
    if (error && isChunkLoadFailure(error)) return messages.errorUnreachable;
    return error?.message ?? '';
  }
  // A 401 stands only once a fresh token from `getToken` was refused too (the client asks again with it): the
  // session has ended, whatever the body says (the server's English "Token expired", a gateway's empty or HTML
  // answer, read as `status`).
  if (error.kind === 'http' && error.status === 401) return messages.errorNoToken;
  const { rows = 0, total, offset = 0 } = error.detail ?? {};
  const format = (value: number) => formatNumber(value, locale);
  switch (error.code) {
    case 'cancelled':
      return messages.errorCancelled;
    case 'no-token':
      return messages.errorNoToken;
    case 'unreachable':
      return messages.errorUnreachable;
    case 'broke-off':
      return messages.errorBrokeOff;
    case 'unexpected-answer':
      return messages.errorUnexpectedAnswer;
    case 'status':
      // A status code is a code, not a count: no grouping (never "1,234").
      return messages.errorStatus(String(error.status ?? ''));
    case 'no-body':
      return messages.errorNoBody;
    case 'export-broke-off':
      // A server that sends no total: how many were written, not "of 0".
      return total === undefined
        ? messages.exportBrokeOffAfter(format(rows), rows)
        : messages.exportBrokeOff(format(rows), format(total), total);
    case 'export-start-broke-off':
      return messages.exportStartBrokeOff;
    case 'export-page-broke-off':
      // The page's first event, counted from 1 as people count rows.
      return messages.exportPageBrokeOff(format(offset + 1));
    case 'export-ended-early':
      // Short of a count it knows, or, with none sent, cut inside its last row: then how many, not "of 0".
      return total === undefined
        ? messages.exportBrokeOffAfter(format(rows), rows)
        : messages.exportEndedEarly(format(rows), format(total), total);
    case 'export-changed':
      return messages.exportChanged;
    case 'export-too-many-rows':
      return messages.exportTooManyRows;
    default:
      return error.messages.join(' ') || error.message;
  }
}

// What browsers (Chromium, Firefox, Safari) and webpack throw when a chunk cannot be fetched. By name, not
// `instanceof TypeError`: a framed log's import throws its own window's TypeError.
const chunkFailureWords =
  /dynamically imported module|importing a module script failed|loading chunk .* failed/i;

function isChunkLoadFailure(error: Error): boolean {
  return (
    error.name === 'ChunkLoadError' || (error.name === 'TypeError' && chunkFailureWords.test(error.message))
  );
}
