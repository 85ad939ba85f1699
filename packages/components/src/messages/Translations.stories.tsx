import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { AuditLog } from '../AuditLog/AuditLog.tsx';
import { auditLogStoryMeta } from '../test/auditLogStoryMeta.tsx';
import type { AuditTranslation } from './AuditTranslation.ts';
import * as de from './de.ts';
import * as es from './es.ts';
import * as fr from './fr.ts';
import * as he from './he.ts';
import * as ja from './ja.ts';

// The docs page's description is a parameter, not a TSDoc comment on the meta: the docs addon writes such a comment
// into a `parameters` of its own, which would replace the shared ones spread in.
const meta = {
  title: 'Translations',
  ...auditLogStoryMeta,
  parameters: {
    ...auditLogStoryMeta.parameters,
    docs: {
      ...auditLogStoryMeta.parameters.docs,
      description: {
        component:
          "The audit log in each shipped language: `import * as de from '@auditkit/components/messages/de'` and " +
          '`<AuditLog translation={de} />` set the words and the locale of dates and numbers together.',
      },
    },
  },
} satisfies Meta<typeof AuditLog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story per language: the log in that language, checked by its own names for the grid and the next page. */
function language(translation: AuditTranslation): Story {
  const { messages } = translation;
  return {
    args: { translation },
    play: async ({ canvas }) => {
      const region = await canvas.findByRole('region', { name: messages.regionLabel });
      await expect(region).toHaveAttribute('lang', translation.locale);
      const grid = await within(region).findByRole('grid', { name: messages.tableCaption });
      await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(10));
      const nav = within(region).getByRole('navigation', { name: messages.paginationLabel });
      await expect(within(nav).getByRole('button', { name: messages.nextPage })).toBeVisible();
      await expect(within(region).getByRole('button', { name: messages.exportCsv })).toBeVisible();
    },
  };
}

export const German: Story = language(de);
export const French: Story = language(fr);
export const Spanish: Story = language(es);
export const Japanese: Story = language(ja);

/** Hebrew in a right-to-left page: the log takes the host's direction from the wrapper. */
export const Hebrew: Story = {
  ...language(he),
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
};
