import { onDemand } from './onDemand.ts';

/**
 * The toolbar's panels (saved views' menu and dialog, the export dialog's body): none is needed for the first
 * paint, so they are one chunk fetched on demand, preloaded when the pointer or focus reaches a trigger and when
 * the browser is idle. One chunk, not one each: every on-demand chunk makes bundlers split the code it shares with
 * the first load into more files, which compress apart. The column picker's list stays in the first load:
 * here, it took 0.5 KiB gzip off esbuild's first load but nothing off Vite 8's, whose Rolldown then moved React and
 * the messages out of the entry into a chunk of their own (0.8 KiB more over all chunks).
 */
export const panels = onDemand(() => import('./toolbarPanels.ts'));

/** Starts fetching the panels (a trigger's pointer or focus); a failed fetch is retried when a panel opens. */
export const preloadPanels = () => void panels.preload().catch(() => undefined);
