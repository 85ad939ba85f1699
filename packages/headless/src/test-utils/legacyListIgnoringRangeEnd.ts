// A legacy list that reads the start of its time range only. Only `$gt` of `createdAt` is seen read
// (frontegg-react's getFilterTime), so a real service may answer events after the range as if in it. Tests in
// headless (Node) and components (Chromium, imported by path) fake that one service here, in one place.
import type { MockAuditApi } from '@auditkit/mock-api';
import { http, type HttpHandler } from 'msw';

/**
 * An MSW handler for `GET /audits` that answers as `api` does with the `$lt` of `createdAt` dropped.
 * `answer`, if given, reworks each answer to a request that sent an end, given that end.
 *
 * @example
 * server.use(legacyListIgnoringRangeEnd(server.api));
 */
export function legacyListIgnoringRangeEnd(
  api: Pick<MockAuditApi, 'handle'>,
  answer?: (response: Response, end: string) => Response | Promise<Response>,
): HttpHandler {
  return http.get('*/audits', async ({ request }) => {
    const url = new URL(request.url);
    const range = url.searchParams.get('createdAt');
    if (!range) return api.handle(request);
    const { $lt: end, ...kept } = JSON.parse(range) as { $lt?: string };
    url.searchParams.set('createdAt', JSON.stringify(kept));
    const response = await api.handle(new Request(url, request));
    return response && end && answer ? answer(response, end) : response;
  });
}
