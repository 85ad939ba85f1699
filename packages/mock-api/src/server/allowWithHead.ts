/**
 * An `Allow` list with `HEAD` beside `GET`: the standalone server answers `HEAD` wherever `GET` is allowed
 * (RFC 9110 §9.3.2), so a 405 naming `GET` names `HEAD` too. A list without `GET` comes back unchanged.
 *
 * @example
 * allowWithHead('GET, POST'); // 'GET, HEAD, POST'
 */
export function allowWithHead(allow: string): string {
  const methods = allow
    .split(',')
    .map((method) => method.trim())
    .filter((method) => method !== '');
  const get = methods.indexOf('GET');
  if (get < 0 || methods.includes('HEAD')) return allow;
  methods.splice(get + 1, 0, 'HEAD');
  return methods.join(', ');
}
