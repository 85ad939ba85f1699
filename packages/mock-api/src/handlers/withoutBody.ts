/**
 * The answer to a `HEAD`: the `GET` answer's status and headers without its body (RFC 9110 §9.3.2). The body is
 * cancelled unread, so a streamed one (a CSV export) stops instead of being generated for no one.
 *
 * @example
 * const head = await withoutBody(await fetch(url)); // head.body === null, the fetch's body cancelled
 */
export async function withoutBody(response: Response): Promise<Response> {
  await response.body?.cancel();
  return new Response(null, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
