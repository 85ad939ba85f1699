// Ghost buttons (sort headers, a chip's remove button, an IP's location pin) have no frame at rest: the base button
// rule's frame once outweighed the ghost rule, and each was drawn framed, the header labels touching the frame's left
// edge. Framed buttons keep theirs, and forced colours still draw every button's edge (buttonStates.test.tsx covers
// the ghosts' hover, focus and active colours).
import { defaultAuditQuery } from '@auditkit/headless';
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { emulateForcedColors } from './forcedColors.ts';
import { setupMockApi } from './mockApi.ts';
import { testAuditLogProps } from './renderAuditLog.tsx';

setupMockApi();

const transparent = 'rgba(0, 0, 0, 0)';

async function renderLog() {
  const screen = await render(
    <div style={{ inlineSize: 1280 }}>
      <AuditLog
        {...testAuditLogProps()}
        newEventsInterval={false}
        defaultQuery={{ ...defaultAuditQuery, search: 'Ada' }}
      />
    </div>,
  );
  await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
  return {
    sort: screen.getByRole('button', { name: /^Time/ }).element(),
    chipRemove: screen.getByRole('button', { name: /^Remove / }).element(),
    pin: screen
      .getByRole('button', { name: /^Location of / })
      .first()
      .element(),
    framed: screen.getByRole('button', { name: 'Columns' }).element(),
    firstTime: screen.getByRole('gridcell').nth(1).element(),
  };
}

const edge = (element: Element) => {
  const style = getComputedStyle(element);
  return `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`;
};

describe('ghost buttons', () => {
  beforeEach(() => page.viewport(1400, 900));

  it('have no frame at rest; a framed button keeps its frame', async () => {
    const { sort, chipRemove, pin, framed, firstTime } = await renderLog();
    for (const button of [sort, chipRemove, pin])
      expect(getComputedStyle(button).borderTopColor, button.outerHTML.slice(0, 80)).toBe(transparent);
    expect(getComputedStyle(framed).borderTopColor).not.toBe(transparent);
    // A header's label starts where its column's text does, not a frame's width past it.
    const label = sort.querySelector('span')!.getBoundingClientRect().left;
    const text = firstTime.querySelector('time')!.getBoundingClientRect().left;
    expect(Math.abs(label - text)).toBeLessThanOrEqual(1.5);
  });
});

describe('ghost buttons in forced colours', () => {
  emulateForcedColors();
  beforeEach(() => page.viewport(1400, 900));

  it('have their edge drawn, as a framed button has', async () => {
    const { sort, chipRemove, pin, framed } = await renderLog();
    expect(edge(framed)).not.toContain(transparent);
    for (const button of [sort, chipRemove, pin])
      expect(edge(button), button.outerHTML.slice(0, 80)).toBe(edge(framed));
  });
});
