// Docs pages show sections of the packages' READMEs instead of copies of them, so the two never drift apart.

/**
 * The section of `markdown` under the heading `heading` (any level), up to the next heading of the same or a
 * higher level. Throws when the heading is missing, so a renamed section breaks the docs build's test instead of
 * leaving an empty page.
 */
export function markdownSection(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex(
    (line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '').trim() === heading,
  );
  if (start === -1) throw new Error(`[auditkit docs] no section "${heading}" in the README`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => {
    const match = /^(#+) /.exec(line);
    return match !== null && match[1]!.length <= level;
  });
  return (end === -1 ? rest : rest.slice(0, end)).join('\n').trim();
}
