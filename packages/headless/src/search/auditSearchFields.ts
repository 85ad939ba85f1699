import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { nameCharacters, searchFieldNameSource } from '../url/columnNamePattern.ts';
import type { AuditSearchField, AuditSearchOptions } from './auditSearch.types.ts';
import { searchableColumns, searchFieldKind } from './searchFieldKind.ts';

/** The fields of a column set, and a lookup by any of their names. */
export interface AuditSearchFields {
  readonly list: readonly AuditSearchField[];
  /** The field a typed name means (case-insensitive; spaces, `-` and `_` ignored for display names). */
  resolve(name: string): AuditSearchField | undefined;
  /** The field of a column name. */
  byColumn(column: string): AuditSearchField | undefined;
}

/** Familiar names people type, by the column they mean (GitHub and Okta say `actor`). */
const aliases: ReadonlyMap<string, readonly string[]> = new Map([
  ['createdAt', ['created', 'time', 'date']],
  ['email', ['actor', 'user', 'email']],
  ['ip', ['ip']],
  ['severity', ['severity', 'sev']],
]);

/** The filter by user id (`users`): not a metadata column, so not in `columns`; its display name reads `userid`. */
const usersColumn: AuditColumn = {
  name: 'users',
  displayName: 'User ID',
  type: 'AlphaNumeric',
  sortable: false,
  filterable: true,
  showInTable: false,
  showInMoreInfo: false,
};

// Compared in Unicode's composed form: a vendor's metadata may spell `Café` with a combining accent (NFD, as
// macOS file names do) while a keyboard types the composed `é`; both are the same name to a person.
const fold = (name: string) => name.normalize('NFC').toLowerCase();
const squash = (name: string) => fold(name).replace(/[\s_-]+/g, '');
// A metadata name as search text can hold it: each run of characters a field name cannot have (a space, a slash)
// as one `_`, so `Risk / score` can be typed `Risk_score`.
const notNameCharacters = new RegExp(`[^${nameCharacters}]+`, 'gu');
const typable = (name: string) => name.replace(notNameCharacters, '_');

/** A field name must read back as one: a letter or `_` first, then letters, digits (any script) or `_.-`. */
export const fieldNamePattern = new RegExp(`^${searchFieldNameSource}$`, 'u');

/**
 * The search fields of the filterable columns, and `users` (the filter by user id) unless `legacy`. Names are
 * claimed in order of strength, so a vendor's column called `actor` wins over the alias: metadata names first, then
 * display names, then aliases.
 *
 * @example
 * ```ts
 * auditSearchFields(defaultAuditColumns).resolve('actor')?.column; // 'email'
 * auditSearchFields(defaultAuditColumns, { legacy: true }).resolve('users'); // undefined
 * ```
 */
export function auditSearchFields(
  columns: readonly AuditColumn[] = defaultAuditColumns,
  { legacy = false }: Pick<AuditSearchOptions, 'legacy'> = {},
): AuditSearchFields {
  // Maps, not objects: names come from the vendor's metadata and the user's typing (`__proto__` included).
  const byName = new Map<string, string>();
  const claims = new Map<string, string[]>();
  const filterable = searchableColumns(columns).filter(
    (column) => !legacy || column.name !== usersColumn.name,
  );
  // `users`, the filter by user id: the query model's own (links, views and the filter bar keep it, the v2 list
  // sends it), though no metadata lists it. A field here too, last, so a vendor's names win: without it, the box
  // wrote `users:u-1`, read it back as an unknown field, and its next apply dropped the filter, widening the list.
  // Not on the legacy list, which never sends `users` (not even a vendor's column of that name): offered there, it
  // read as applied while the rows ignored it.
  if (!legacy && !filterable.some((column) => column.name === usersColumn.name)) filterable.push(usersColumn);
  const claim = (name: string, column: string) => {
    const key = fold(name);
    if (!key || byName.has(key)) return;
    byName.set(key, column);
    claims.set(column, [...(claims.get(column) ?? []), key]);
  };
  for (const column of filterable) claim(column.name, column.name);
  for (const column of filterable) claim(typable(column.name), column.name);
  for (const column of filterable) claim(squash(String(column.displayName ?? '')), column.name);
  for (const column of filterable)
    for (const alias of aliases.get(column.name) ?? []) claim(alias, column.name);

  const resolveName = (name: string) => byName.get(fold(name)) ?? byName.get(squash(name));
  // When none of a column's own names can be typed and read back as it (`Risk score` beside a `Risk_score`
  // whose display name is the same, or `2fa method`, which starts with a digit), a numbered one is made and
  // claimed, after every real name, so it never takes one from another column: written as the column's name
  // itself, the filter would read back as free text or as the other column.
  const unclaimedName = (column: string) => {
    const base = /^[\p{L}_]/u.test(typable(column)) ? typable(column) : `_${typable(column)}`;
    let name = base;
    for (let n = 2; resolveName(name) !== undefined; n += 1) name = `${base}_${n}`;
    claim(name, column);
    return name;
  };
  const fields = new Map<string, AuditSearchField>();
  for (const column of filterable) {
    if (fields.has(column.name)) continue;
    const ownNames = claims.get(column.name) ?? [];
    // The name text is written with must read back as this column: a metadata name with a space (`Risk score`)
    // would read back as the word `Risk` and an unknown field, so the filter would turn into free text the next
    // time the user edits the search. Such a name is written as typable (`Risk_score`), or as another of its names.
    const written =
      (aliases.get(column.name) ?? []).find((alias) => byName.get(alias) === column.name) ??
      [column.name, typable(column.name), ...ownNames].find(
        (name) => fieldNamePattern.test(name) && resolveName(name) === column.name,
      ) ??
      unclaimedName(column.name);
    fields.set(column.name, {
      name: written,
      column: column.name,
      displayName: String(column.displayName ?? column.name),
      kind: searchFieldKind(column),
      names: claims.get(column.name) ?? [],
    });
  }
  return {
    list: [...fields.values()],
    resolve: (name) => {
      const column = resolveName(name);
      return column === undefined ? undefined : fields.get(column);
    },
    byColumn: (column) => fields.get(column),
  };
}
