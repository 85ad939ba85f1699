/** Returns the URL when it parses and uses http or https, else `undefined` (javascript:, data:, vbscript:…). */
export function safeHttpUrl(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
