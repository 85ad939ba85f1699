// What the export dialog's status region says over an export, as a screen reader hears it: every text the region
// takes is queued and read in turn (NVDA reads polite updates one after another, none dropped).
import { demoIdentities } from '@auditkit/mock-api';
import { describe, expect, it, vi } from 'vitest';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ExportButton } from './ExportButton.tsx';

const api = setupMockApi();

/** Every text a region takes from now on, in order, each once in a row (an emptied region says nothing). */
function textsOf(region: Element) {
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent?.trim() ?? '';
    if (text && text !== texts.at(-1)) texts.push(text);
  });
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

describe('ExportButton’s spoken progress', () => {
  // A 2,500-event export said seven things in about 150 ms ("Exported 0 of … events", 0%, 40% … 100%, complete).
  it('says only the outcome of an export that finishes within a second', async () => {
    api().setScenario({ eventsPerTenant: { [demoIdentities.tenantAAdmin.tenantId]: 2500 } });
    const { screen } = await renderAudit(<ExportButton target="blob" saveBlob={vi.fn()} />);
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    // The dialog's body loads on demand: its status region is there once Download is.
    const download = dialog.getByRole('button', { name: 'Download' });
    await expect.element(download).toBeVisible();
    const spoken = textsOf(dialog.getByRole('status').element());
    await download.click();
    await expect.element(dialog.getByRole('status')).toHaveTextContent('Export complete: 2,500 events');
    spoken.stop();
    // About 0.7 s here: said before, each 10% and a first "0 of …" were queued, seven messages read in turn.
    expect(spoken.texts.length).toBeLessThanOrEqual(2);
    expect(spoken.texts.at(-1)).toBe('Export complete: 2,500 events');
  });
});
