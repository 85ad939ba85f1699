// The placeholder is the one visible hint of the search syntax ("actor:… severity:high created:7d"); the field was
// narrower than it at every width, so sighted users never saw "created:7d".
import { afterEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { AuditTranslation } from '../messages/AuditTranslation.ts';
import * as de from '../messages/de.ts';
import * as es from '../messages/es.ts';
import * as fr from '../messages/fr.ts';
import * as he from '../messages/he.ts';
import * as ja from '../messages/ja.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';

setupMockApi();
afterEach(() => page.viewport(1400, 900));

/** The search field of a whole log at this viewport width: how wide its placeholder is, and the room for it. */
async function placeholderAt(width: number, translation?: AuditTranslation) {
  await page.viewport(width, 800);
  const screen = await renderAuditLog({ translation });
  const field = screen.getByRole('combobox', {
    name: (translation?.messages ?? { searchLabel: 'Search events' }).searchLabel,
  });
  await expect.element(field).toBeVisible();
  const input = field.element() as HTMLInputElement;
  const style = getComputedStyle(input);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = style.font;
  return {
    needs: context.measureText(input.placeholder).width,
    room: input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd),
    style,
  };
}

it.each([
  ['English', undefined],
  ['German', de],
  ['Spanish', es],
  ['French', fr],
  ['Hebrew', he],
  ['Japanese', ja],
])('shows the whole placeholder where the toolbar has the room, in %s', async (_, translation) => {
  for (const width of [1280, 900]) {
    const { needs, room } = await placeholderAt(width, translation);
    expect(needs).toBeLessThanOrEqual(room);
  }
});

it('ends a placeholder cut on a phone with an ellipsis, not mid-word', async () => {
  const { needs, room, style } = await placeholderAt(320);
  expect(needs).toBeGreaterThan(room);
  expect(style.textOverflow).toBe('ellipsis');
});
