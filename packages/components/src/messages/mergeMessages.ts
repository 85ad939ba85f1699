import type { AuditMessages } from './defaultMessages.ts';

/** Messages already warned about: once per key and page, not once per render. */
const warned = new Set<string>();

/**
 * A host's overrides on top of a language's messages. The maps (`fieldLabels`, `severityLabels`,
 * `unappliedReasons`) are merged key by key, so labelling one custom field keeps the language's labels of the
 * others; every other message is replaced whole. An override that is `undefined`, or of another kind than the
 * language's (text where a function is expected, as a JSON pack may hold), is left out: the language's own stays,
 * and a development build says which key, instead of an empty label or a part that fails to render.
 *
 * A log the host names itself (`regionLabel`) names its parts' landmarks too (`withinLog`: "Second log: Filters"),
 * unless the host names them: two logs on one page, each named as the README asks, otherwise had two "Filters",
 * two "Pagination" and two "Audit summary" landmarks that a screen reader's list could not tell apart. A host's
 * `filtersLabel` names the narrow layout's Filters button too, unless it names that (`filtersToggle`).
 */
export function mergeMessages(
  base: AuditMessages,
  overrides: Partial<AuditMessages> | undefined,
): AuditMessages {
  if (!overrides) return base;
  const own = base as unknown as Record<string, unknown>;
  const changed: [string, unknown][] = [];
  for (const [key, value] of Object.entries(overrides)) {
    // hasOwn: `constructor` or `toString` in a host's pack are not the language's.
    const current = Object.hasOwn(own, key) ? own[key] : undefined;
    if (value === undefined) continue;
    if (current !== undefined && (typeof value !== typeof current || value === null)) {
      warnWrongKind(key, typeof current);
      continue;
    }
    changed.push([
      key,
      typeof current === 'object' && current !== null
        ? {
            ...current,
            ...Object.fromEntries(
              Object.entries(value as object).filter(([, label]) => typeof label === 'string'),
            ),
          }
        : value,
    ]);
  }
  // A value equal to the language's is not the host's naming: `{ ...defaultMessages, regionLabel }`, the spread the
  // pack's docs show, gives every key.
  const given = new Set(
    changed.filter(([key, value]) => !(Object.hasOwn(own, key) && own[key] === value)).map(([key]) => key),
  );
  // fromEntries, not assignment: a key named `__proto__` stays a key and never becomes the result's prototype.
  const merged = Object.fromEntries([...Object.entries(own), ...changed]) as unknown as AuditMessages;
  const log = merged.regionLabel;
  const named: Partial<Record<LandmarkKey, string>> = {};
  if (given.has('regionLabel') && log !== base.regionLabel)
    for (const key of landmarkKeys) if (!given.has(key)) named[key] = merged.withinLog(log, base[key]);
  const toggle = given.has('filtersLabel') && !given.has('filtersToggle');
  return { ...merged, ...named, ...(toggle && { filtersToggle: merged.filtersLabel }) };
}

/** The landmarks a log's parts draw, each named by its own message. */
const landmarkKeys = ['statsLabel', 'filtersLabel', 'paginationLabel'] as const;
type LandmarkKey = (typeof landmarkKeys)[number];

function warnWrongKind(key: string, expected: string): void {
  // `process.env.NODE_ENV` written out, not behind a helper: a bundler folds only the expression itself, and drops
  // this text from a production build with it. TanStack Query reads it on every query, so no host lacks it.
  if (process.env.NODE_ENV === 'production' || warned.has(key) || warned.size >= 64) return;
  warned.add(key);
  console.warn(
    `[auditkit] messages.${key} is not a ${expected}, so the language's own is used. ` +
      `See AuditMessages for the kind each message takes.`,
  );
}
