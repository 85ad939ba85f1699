import type { ExportFormat } from './exportFormat.ts';

// Its own module, not exportFormat's: the export engine (fetched on demand) names its files with it, and a module
// the engine shared with the package root's import graph would load with every page (see formulaTrigger.ts).

/** The file extension of a format, without the dot. */
export const exportFormatExtension = (format: ExportFormat) => (format === 'jsonl' ? 'jsonl' : 'csv');
