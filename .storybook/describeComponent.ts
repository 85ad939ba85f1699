// The description autodocs shows for a component: its TSDoc from react-docgen. react-docgen keeps block tags as
// text, so `@example` would print as a word before the example's fenced code; it becomes a heading instead.

interface Documented {
  __docgenInfo?: { description?: string };
}

/** TSDoc of `component` as Markdown, each `@example` tag turned into an "Example" heading. */
export function describeComponent(component: unknown): string {
  const description = (component as Documented | null)?.__docgenInfo?.description ?? '';
  return description.replace(/^@example[ \t]*$/gm, '**Example**');
}
