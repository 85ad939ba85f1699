// Loading placeholders are painted with a gradient background, which forced colours (Windows High Contrast) drop:
// they get a system colour of their own, or a High Contrast user sees an empty table and empty counts while the
// first answers are on the way.
import { cdp } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { StatsStrip } from '../StatsStrip/StatsStrip.tsx';
import { emulateForcedColors, systemColour } from '../test/forcedColors.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();
emulateForcedColors();

const sizes = (bars: Element[]) =>
  bars.map((bar) => {
    const box = bar.getBoundingClientRect();
    return [box.width, box.height];
  });

describe('in forced colours', () => {
  it('paints the loading skeletons of the first page and the stats in a system colour, at their own size', async () => {
    api().setScenario({ latencyMs: 3000 });
    const { screen } = await renderAudit(
      <>
        <StatsStrip />
        <AuditTable />
      </>,
    );
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const stats = screen.getByRole('region', { name: 'Audit summary' });
    await expect.element(stats).toHaveAttribute('aria-busy', 'true');
    const bars = () => [...document.querySelectorAll('[data-slot="audit-skeleton"]')];
    // Both the table's rows and the strip's values are waiting.
    await expect.poll(() => bars().filter((bar) => !stats.element().contains(bar)).length).toBeGreaterThan(0);
    expect(bars().filter((bar) => stats.element().contains(bar)).length).toBeGreaterThan(0);

    const grayText = systemColour('GrayText');
    expect(grayText).not.toBe(systemColour('Canvas'));
    for (const bar of bars()) expect(getComputedStyle(bar).backgroundColor).toBe(grayText);

    // The same size as without forced colours: the rows and values take their places as they would.
    const forced = sizes(bars());
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    expect(sizes(bars())).toEqual(forced);
    expect(forced.every(([width, height]) => width! > 0 && height! > 0)).toBe(true);
  });
});
