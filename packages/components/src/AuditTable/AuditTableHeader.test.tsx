import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { renderInFrame } from '../test/renderInFrame.tsx';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';
import { AuditTable } from './AuditTable.tsx';
import { drag, tap } from './realPointer.testUtil.ts';

setupMockApi();

async function renderTable() {
  const { screen } = await renderAudit(<AuditTable />);
  const table = screen.getByRole('grid', { name: 'Audit events' });
  await expect.element(table.getByRole('row').nth(20)).toBeInTheDocument();
  return { screen, table };
}

describe('AuditTableHeader', () => {
  it("names each column header by its label alone, not its resizer's width, and the resizer keeps its own name and value", async () => {
    const { table } = await renderTable();
    for (const label of ['Time', 'User', 'Action', 'Description', 'IP Address']) {
      const header = table.getByRole('columnheader', { name: label, exact: true });
      await expect.element(header).toBeVisible();
      await expect.element(header).toHaveAccessibleName(label);
    }
    // Description fills what the others leave, so it has no resizer of its own.
    for (const label of ['Time', 'User', 'Action', 'IP Address']) {
      const header = table.getByRole('columnheader', { name: label, exact: true });
      const separator = header.getByRole('separator', { name: `Resize ${label} column`, exact: true });
      await expect.element(separator).toHaveAccessibleName(`Resize ${label} column`);
      expect(Number(separator.element().getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    }
    // While its step buttons show, their names stay out of the header's too.
    const action = table.getByRole('columnheader', { name: 'Action', exact: true });
    await action.getByRole('separator', { name: 'Resize Action column' }).click();
    await expect.element(action.getByRole('button', { name: 'Widen Action column' })).toBeVisible();
    await expect.element(action).toHaveAccessibleName('Action');
  });

  it('shows the step buttons on a tap of the resize handle (a real finger: touch, then mouse events)', async () => {
    const { screen } = await renderTable();
    const separator = screen.getByRole('separator', { name: 'Resize Action column' });
    const before = Number(separator.element().getAttribute('aria-valuenow'));
    await tap(separator.element());
    const widen = screen.getByRole('button', { name: 'Widen Action column' });
    await expect.element(widen).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Narrow Action column' })).toBeVisible();
    await expect.element(separator).toHaveFocus();
    await tap(widen.element());
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before + 16));
    await expect.element(widen).toBeVisible();
    // A second tap on the handle puts them away.
    await tap(separator.element());
    await expect.element(widen).not.toBeInTheDocument();
  });

  it('keeps the step buttons through the events a tap fires, in their order', async () => {
    const { screen } = await renderTable();
    const separator = screen.getByRole('separator', { name: 'Resize Action column' });
    const handle = separator.element() as HTMLElement;
    const box = handle.getBoundingClientRect();
    const point = { bubbles: true, cancelable: true, clientX: box.left + 4, clientY: box.top + 5 };
    const finger = { ...point, pointerId: 2, pointerType: 'touch', isPrimary: true, button: 0 };
    const touch = new Touch({ identifier: 2, target: handle, ...point });
    handle.dispatchEvent(new PointerEvent('pointerdown', { ...finger, buttons: 1 }));
    handle.dispatchEvent(
      new TouchEvent('touchstart', { ...point, touches: [touch], changedTouches: [touch] }),
    );
    handle.dispatchEvent(new PointerEvent('pointerup', finger));
    handle.dispatchEvent(new TouchEvent('touchend', { ...point, touches: [], changedTouches: [touch] }));
    handle.dispatchEvent(new MouseEvent('mousedown', { ...point, button: 0, buttons: 1 }));
    handle.dispatchEvent(new MouseEvent('mouseup', { ...point, button: 0 }));
    handle.dispatchEvent(new MouseEvent('click', { ...point, button: 0 }));
    await expect.element(screen.getByRole('button', { name: 'Widen Action column' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Narrow Action column' })).toBeVisible();
  });

  it('resizes a column by a real drag, with the mouse and with a finger', async () => {
    const { screen } = await renderTable();
    const separator = screen.getByRole('separator', { name: 'Resize Action column' });
    const before = Number(separator.element().getAttribute('aria-valuenow'));
    await drag(separator.element(), 40, 'mouse');
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before + 40));
    await drag(separator.element(), -60, 'touch');
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before + 40 - 60));
    // A drag is not a click: no step buttons.
    expect(screen.getByRole('button', { name: 'Widen Action column' }).query()).toBeNull();
    // Enter still starts resizing from the keyboard.
    (separator.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('button', { name: 'Widen Action column' })).toBeVisible();
  });

  it("shows the step buttons on a tap in a framed log, and a drag there is heard on the frame's document", async () => {
    const { frame } = await renderInFrame(<AuditLog {...testAuditLogProps()} newEventsInterval={false} />);
    const separator = frame.getByRole('separator', { name: 'Resize Action column' });
    await expect.element(separator).toBeVisible();
    const before = Number(separator.element().getAttribute('aria-valuenow'));
    await drag(separator.element(), -40, 'touch');
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before - 40));
    await tap(separator.element());
    await expect.element(frame.getByRole('button', { name: 'Widen Action column' })).toBeVisible();
  });

  it('widens a right-to-left column towards the left, by drag and by arrow key, as its edge is drawn there', async () => {
    const screen = await render(
      <div style={{ inlineSize: 1280 }}>
        <AuditLog {...testAuditLogProps()} dir="rtl" newEventsInterval={false} />
      </div>,
    );
    const separator = screen.getByRole('separator', { name: 'Resize Action column' });
    await expect.element(separator).toBeVisible();
    const before = Number(separator.element().getAttribute('aria-valuenow'));
    // The handle is at the column's left edge: dragged left, away from the column, it widens it.
    await drag(separator.element(), -40, 'mouse');
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before + 40));
    (separator.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}{ArrowLeft}');
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before + 40 + 16));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before + 40 - 16));
  });
});
