// The drop line of a column being dragged is a box shadow, which forced colours drop: it is redrawn in a system
// colour, or a High Contrast user drags with no sign of where the column will go.
import { describe, expect, it } from 'vitest';
import { edges, emulateForcedColors, mark, systemColour } from '../test/forcedColors.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ColumnPicker } from './ColumnPicker.tsx';

setupMockApi();
emulateForcedColors();

/** Starts dragging `from` and holds it over `over`, without dropping, as a pointer paused mid-drag does. */
function holdDragOver(from: Element, over: Element) {
  const dataTransfer = new DataTransfer();
  from.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer }));
  over.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer }));
  over.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer }));
}

describe('in forced colours', () => {
  it('draws the drop line on the item a column is dragged over, in the highlight colour, without moving it', async () => {
    const { screen } = await renderAudit(<ColumnPicker />);
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    await screen.getByRole('button', { name: 'Columns' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Show and order columns' });
    await expect.element(dialog.getByRole('checkbox', { name: 'Action' })).toBeVisible();
    // A column's item is the list item holding its checkbox.
    const item = (name: string) =>
      dialog.getByRole('checkbox', { name, exact: true }).element().closest('li')!;
    const action = item('Action');
    const user = item('User');
    const before = action.getBoundingClientRect();

    holdDragOver(item('Time'), action);
    await expect.poll(() => action.hasAttribute('data-drop-target')).toBe(true);

    // Marked apart from an item that is not the drop target, by its bottom edge: Time comes from above and would
    // land after Action.
    expect({ ...mark(action), ...edges(action) }).not.toEqual({ ...mark(user), ...edges(user) });
    expect(edges(action).bottom).toBe(`2px solid ${systemColour('Highlight')}`);
    expect(edges(action).top).toBe('none');
    // The line takes no room: the item and its checkbox stay where they were.
    const after = action.getBoundingClientRect();
    expect([after.top, after.height]).toEqual([before.top, before.height]);

    item('Time').dispatchEvent(new DragEvent('dragend', { bubbles: true }));
    await expect.poll(() => action.hasAttribute('data-drop-target')).toBe(false);
  });
});
