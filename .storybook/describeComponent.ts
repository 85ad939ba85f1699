// What autodocs shows from TSDoc, through react-docgen. react-docgen keeps block tags as text: on a component,
// `@example` would print as a word before the example's fenced code, so it becomes a heading instead; on a prop,
// Storybook's JSDoc reading drops every tag after the text, so a prop's `@example` and `@default` would vanish
// from the props table, and are put back as a code block and the table's default.
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';

interface Documented {
  __docgenInfo?: { description?: string; props?: Record<string, { description?: string } | undefined> };
}

/** TSDoc of `component` as Markdown, each `@example` tag turned into an "Example" heading. */
export function describeComponent(component: unknown): string {
  const description = (component as Documented | null)?.__docgenInfo?.description ?? '';
  return description.replace(/^@example[ \t]*$/gm, '**Example**');
}

/** The text of each `@tag` block of a TSDoc comment (up to the next block tag), by tag name. */
function blockTags(description: string, tag: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(`(?:^|\\n)[ \\t]*@${tag}\\b([\\s\\S]*?)(?=\\n[ \\t]*@\\w|$)`, 'g');
  for (const match of description.matchAll(pattern)) {
    const text = match[1]!.trim().replace(/^```\w*\n?|\n?```$/g, '');
    if (text) found.push(text.trim());
  }
  return found;
}

/** Puts each prop's `@example` (as a code block) and `@default` back into its row of the props table. */
export const withPropTags: ArgTypesEnhancer = ({ component, argTypes }) => {
  const props = (component as Documented | undefined)?.__docgenInfo?.props ?? {};
  const enhanced: StrictArgTypes = { ...argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    // Own properties only: a prop named `constructor` must not read Object.prototype's.
    const raw = Object.hasOwn(props, name) ? props[name]?.description : undefined;
    if (!raw) continue;
    const examples = blockTags(raw, 'example');
    const [fallback] = blockTags(raw, 'default');
    if (examples.length === 0 && !fallback) continue;
    const code = examples.map((example) => `\n\n\`\`\`tsx\n${example}\n\`\`\``).join('');
    enhanced[name] = {
      ...argType,
      description: `${argType.description ?? ''}${code}`,
      table: {
        ...argType.table,
        ...(fallback && !argType.table?.defaultValue?.summary && { defaultValue: { summary: fallback } }),
      },
    };
  }
  return enhanced;
};
