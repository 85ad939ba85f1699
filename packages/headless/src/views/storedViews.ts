import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import type { ColumnPreferences } from '../react/useColumnPreferences.ts';
import { columnChoiceNamePattern, limits } from '../url/auditUrlKeys.ts';
import { queryFromSearch } from '../url/queryFromSearch.ts';
import { queryToSearch } from '../url/queryToSearch.ts';
import type { AuditStoredViews, AuditView, AuditViewDefinition } from './auditViews.types.ts';
import { fnv1a } from '../util/fnv1a.ts';

/**
 * Bounds on what a stored list may hold; anything beyond is dropped. `columns` is the most column names of a view's
 * `order` or `visible`, as many as a link carries (`limits.columnList`): a view saves only what differs from the
 * defaults beyond it (`compactColumnChoice`), and `save` refuses a choice still longer (`columns-too-big`).
 */
export const viewLimits = {
  views: 100,
  name: 120,
  id: 100,
  search: 8_000,
  zone: 64,
  columns: limits.columnList,
} as const;

const zonePattern = /^[A-Za-z0-9_+\-/]{1,64}$/;

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max ? value : undefined;

const field = (record: object, key: string): unknown =>
  Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;

function readColumns(value: unknown): ColumnPreferences | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const names = (list: unknown) =>
    Array.isArray(list) && list.length <= viewLimits.columns
      ? [
          ...new Set(
            list.filter(
              (name): name is string => typeof name === 'string' && columnChoiceNamePattern.test(name),
            ),
          ),
        ]
      : undefined;
  const order = names(field(value, 'order'));
  const visible = names(field(value, 'visible'));
  return order && visible && visible.length > 0 ? { order, visible } : undefined;
}

/** The query string a view stores (bare keys, only what differs from the defaults). */
export const viewSearch = (query: AuditQuery) =>
  queryToSearch({ ...query, page: 0 }, { prefix: '', defaults: defaultAuditQuery });

/**
 * Reads stored views from anything (`JSON.parse` output, a server's answer): never throws; a view without an
 * id or name, with an oversized part or a bad time zone is dropped; the query goes through the URL codec.
 */
export function readStoredViews(value: unknown): { views: AuditView[]; defaultViewId?: string | undefined } {
  if (typeof value !== 'object' || value === null) return { views: [] };
  const list = field(value, 'views');
  const views: AuditView[] = [];
  const ids = new Set<string>();
  for (const item of Array.isArray(list) ? list.slice(0, viewLimits.views) : []) {
    if (typeof item !== 'object' || item === null) continue;
    const id = text(field(item, 'id'), viewLimits.id);
    const name = text(field(item, 'name'), viewLimits.name);
    const search = field(item, 'search');
    if (!id || !name || ids.has(id) || typeof search !== 'string' || search.length > viewLimits.search)
      continue;
    ids.add(id);
    const columns = readColumns(field(item, 'columns'));
    const zone = field(item, 'timeZone');
    views.push({
      id,
      name: name.trim(),
      query: queryFromSearch(search, { prefix: '' }),
      ...(columns && { columns }),
      ...(typeof zone === 'string' && zonePattern.test(zone) && { timeZone: zone }),
      predefined: false,
    });
  }
  const defaultViewId = text(field(value, 'defaultViewId'), viewLimits.id);
  return defaultViewId ? { views, defaultViewId } : { views };
}

/** The stored form of the user's views. */
export function writeStoredViews(
  views: readonly AuditView[],
  defaultViewId: string | undefined,
): AuditStoredViews {
  return {
    version: 1,
    views: views
      .filter((view) => !view.predefined)
      .map((view) => ({
        id: view.id,
        name: view.name,
        search: viewSearch(view.query),
        ...(view.columns && {
          columns: { order: [...view.columns.order], visible: [...view.columns.visible] },
        }),
        ...(view.timeZone && { timeZone: view.timeZone }),
      })),
    ...(defaultViewId && { defaultViewId }),
  };
}

/**
 * An id a stored default can point at: the stored form keeps ids of up to `viewLimits.id` characters, so a
 * longer one (a long view name's slug, or the host's own) is cut and told apart by its hash. Without this, the
 * default was saved and then dropped on the next read.
 */
function storableId(id: string): string {
  if (id.length <= viewLimits.id) return id;
  return `${id.slice(0, viewLimits.id - 8)}#${fnv1a(id).toString(36).padStart(7, '0')}`;
}

/** A host's predefined view as a view (its query completed from the defaults). */
export function predefinedView(definition: AuditViewDefinition): AuditView {
  // The slug is the id a user's stored default points at, so it stays as it always was where it says something;
  // a name with no letter the slug keeps (Japanese, Hebrew) is told apart by its hash.
  const slug = definition.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    id: definition.id ?? `predefined:${slug || fnv1a(definition.name).toString(36)}`,
    name: definition.name,
    query: { ...defaultAuditQuery, ...definition.query, page: 0 },
    ...(definition.columns && { columns: definition.columns }),
    ...(definition.timeZone && { timeZone: definition.timeZone }),
    predefined: true,
  };
}

/**
 * The host's predefined views, each with its own id: names the slug reads alike ("Severe events" and "Severe
 * events!") or ids given twice are numbered in order (`~2`, `~3`). With one id for two views, setting one as the
 * default marked both, and both shared one row key and one share link.
 */
export function predefinedViews(definitions: readonly AuditViewDefinition[]): AuditView[] {
  const taken = new Set<string>();
  return definitions.map((definition) => {
    const view = predefinedView(definition);
    let id = storableId(view.id);
    for (let count = 2; taken.has(id); count++) id = storableId(`${view.id}~${count}`);
    taken.add(id);
    return id === view.id ? view : { ...view, id };
  });
}
