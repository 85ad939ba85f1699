// The shape every benchmark reports in, and the statistics they share. A figure is one number with its unit, its
// budget (when it has one) and how it was measured; `run.mjs` prints them and writes them to latest.json.

/**
 * @typedef {'<' | '<=' | '>' | '>='} Comparison
 * @typedef {{ op: Comparison, value: number }} Budget
 * @typedef {'pass' | 'miss' | 'info' | 'missing' | 'error'} FigureStatus
 * @typedef {object} Figure
 * @property {string} id Stable key, e.g. `bundle.auditLog.gzip`.
 * @property {string} group The benchmark it belongs to (`bundle`, `rendering`, `export`, `mockApi`).
 * @property {string} label What it is, for the table.
 * @property {number | null} value `null` when the piece it needs is missing or the run failed.
 * @property {string} unit
 * @property {Budget} [budget]
 * @property {FigureStatus} status
 * @property {string} [note] Why it is missing or failed, or what it is measured against.
 * @property {number[]} [runs] Every run's value, when the figure is a median.
 * @property {Array<Record<string, number>>} [histogram] Every run's distribution, when a count hides its shape.
 */

/** Thrown when a piece a benchmark needs (a package's build, an export, a file) does not exist yet. */
export class MissingPieceError extends Error {
  /** @param {string} message what is missing and how to get it */
  constructor(message) {
    super(message);
    this.name = 'MissingPieceError';
  }
}

/** @type {Record<Comparison, (a: number, b: number) => boolean>} */
const compare = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/**
 * Builds a figure and decides pass or miss against its budget.
 *
 * @param {Omit<Figure, 'status'> & { status?: FigureStatus }} init
 * @returns {Figure}
 * @example
 * figure({ id: 'bundle.auditLog.gzip', group: 'bundle', label: 'AuditLog, gzip', value: 48_000, unit: 'B',
 *   budget: { op: '<=', value: 60 * 1024 } });
 */
export function figure(init) {
  if (init.status) return /** @type {Figure} */ (init);
  let status = /** @type {FigureStatus} */ ('info');
  if (init.value === null || !Number.isFinite(init.value)) status = 'error';
  else if (init.budget) status = compare[init.budget.op](init.value, init.budget.value) ? 'pass' : 'miss';
  return { ...init, status };
}

/**
 * Placeholder figures for a benchmark that could not run, so the table still lists what it would measure.
 *
 * @param {Array<Omit<Figure, 'status' | 'value'>>} planned
 * @param {unknown} error
 * @returns {Figure[]}
 */
export function unmeasured(planned, error) {
  const missing = error instanceof MissingPieceError;
  const note = error instanceof Error ? error.message : String(error);
  return planned.map((item) => ({ ...item, value: null, status: missing ? 'missing' : 'error', note }));
}

/** @param {readonly number[]} values @returns {number} */
export function median(values) {
  return percentile(values, 50);
}

/**
 * The p-th percentile by linear interpolation between closest ranks.
 *
 * @param {readonly number[]} values
 * @param {number} p 0 to 100
 * @returns {number}
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = /** @type {number} */ (sorted[low]);
  const highValue = /** @type {number} */ (sorted[high]);
  return lowValue + (highValue - lowValue) * (rank - low);
}

/** @param {number} value @param {number} [digits] @returns {number} */
export function round(value, digits = 2) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Formats a value with its unit for the printed table and the README. @param {Figure} f @returns {string} */
export function formatValue(f) {
  if (f.value === null) return '—';
  return formatAmount(f.value, f.unit);
}

/** @param {Budget | undefined} budget @param {string} unit @returns {string} */
export function formatBudget(budget, unit) {
  return budget ? `${budget.op} ${formatAmount(budget.value, unit)}` : '';
}

/** @param {number} value @param {string} unit @returns {string} */
function formatAmount(value, unit) {
  if (unit === 'B') {
    if (Math.abs(value) >= 1024 * 1024) return `${round(value / 1024 / 1024, 2)} MiB`;
    return `${round(value / 1024, 1)} KiB`;
  }
  if (unit === 'ratio') return `${round(value, 2)}×`;
  // Layout-shift scores are fractions of the viewport: 0.001 is a visible jump of a small element.
  if (unit === 'CLS') return String(round(value, 4));
  return `${round(value, value >= 100 ? 0 : 2)} ${unit}`;
}
