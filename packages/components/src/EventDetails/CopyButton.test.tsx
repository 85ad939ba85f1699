import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { CopyButton } from './CopyButton.tsx';

setupMockApi();
afterEach(() => vi.unstubAllGlobals());

describe('CopyButton', () => {
  it('says "Copied" again on a second copy, so a screen reader hears it again', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { screen } = await renderAudit(<CopyButton text="payload" label="Copy the event" />);
    const status = screen.getByRole('status');
    // What the live region held, change by change: a region whose text stays the same says nothing.
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(status.element().textContent ?? ''));
    observer.observe(status.element(), { childList: true, subtree: true, characterData: true });
    const button = screen.getByRole('button', { name: 'Copy the event' });
    await button.click();
    await expect.element(status).toHaveTextContent('Copied');
    // And frame by frame, as the accessibility tree sees it: emptied and filled within one frame is no change.
    // The region's own element, read every frame (a locator would throw once the test has cleaned up).
    const region = status.element();
    const frames: string[] = [];
    const sample = () => {
      frames.push(region.textContent ?? '');
      frame = requestAnimationFrame(sample);
    };
    let frame = requestAnimationFrame(sample);
    try {
      await button.click();
      await expect.poll(() => said.filter((text) => text === 'Copied')).toHaveLength(2);
      await expect.poll(() => frames.at(-1)).toBe('Copied');
    } finally {
      cancelAnimationFrame(frame);
    }
    observer.disconnect();
    expect(writeText).toHaveBeenCalledTimes(2);
    const emptied = frames.indexOf('');
    expect(emptied, frames.join('|')).toBeGreaterThan(-1);
    expect(frames.slice(emptied)).toContain('Copied');
  });
});
