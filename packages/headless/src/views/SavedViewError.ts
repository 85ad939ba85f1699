import type { AuditQueryOverLimitReason } from '../query/auditQueryLimits.ts';

/**
 * Why `useSavedViews` refused to save, rename, delete or set the default, so a UI can say it in its own language
 * (the `message` is English, for developers). A UI built on this package alone has to tell its users as much as
 * `@auditkit/components` does, which is why the code is here and not in the components' messages. The numbers and
 * names a message needs are in `detail`.
 *
 * - `name-missing`: the name is empty or only white space.
 * - `name-too-long`: the name has more than `detail.limit` characters.
 * - `name-taken`: another view, the user's or a predefined one, has that name (in any case); `detail.name` is its
 *   name as that view spells it. `save` refuses a predefined view's name only: it replaces the user's view of the
 *   same name.
 * - `query-too-big`: the query would not come back whole from the stored view; `detail.reason` says which of
 *   `auditQueryLimits` it is over and on which column (as `auditQueryOverLimitReason` does). Without a `reason`,
 *   each part is within those limits but together they are longer than a stored view keeps: `detail.limit`
 *   characters of its query string (`viewLimits.search`).
 * - `columns-too-big`: the view's column choice names more than `detail.limit` columns (`viewLimits.columns`), even
 *   with only what differs from the vendor's defaults (hundreds of columns moved or hidden): a stored view keeps
 *   no more, and would come back with no column choice.
 * - `too-many`: the user already keeps `detail.limit` views.
 * - `loading`: the user's views are still loading; writing now would replace them with a list the storage never
 *   had.
 * - `not-loaded`: the user's views could not be loaded (the load's error is the `cause`), so nothing may be
 *   written over them.
 * - `unknown-view`: there is no view `detail.id`.
 * - `predefined-view`: `detail.id` is one of the host's predefined views, which cannot be renamed or deleted.
 *
 * What the storage itself throws is not wrapped: it is the host's (a server's refusal, in its own words) or the
 * browser's (a full `localStorage` throws a `DOMException` named `QuotaExceededError`; compare `name`, since it may
 * come from another window), and rejects as it was thrown.
 */
export type SavedViewErrorCode =
  | 'name-missing'
  | 'name-too-long'
  | 'name-taken'
  | 'query-too-big'
  | 'columns-too-big'
  | 'too-many'
  | 'loading'
  | 'not-loaded'
  | 'unknown-view'
  | 'predefined-view';

/** The numbers and names a `SavedViewErrorCode` names (which ones, see there). */
export interface SavedViewErrorDetail {
  /**
   * The most allowed: characters of a name (`name-too-long`), views one user keeps (`too-many`), characters of a
   * stored view's query string (`query-too-big` without a `reason`) or names of its column choice
   * (`columns-too-big`).
   */
  readonly limit?: number | undefined;
  /** Which limit the query is over, and on which column (`query-too-big`). */
  readonly reason?: AuditQueryOverLimitReason | undefined;
  /** The view asked for (`unknown-view`, `predefined-view`). */
  readonly id?: string | undefined;
  /** The name already in use, as the view that has it spells it (`name-taken`). */
  readonly name?: string | undefined;
}

/** Fields of a `SavedViewError`. */
export interface SavedViewErrorInit {
  code: SavedViewErrorCode;
  detail?: SavedViewErrorDetail | undefined;
  cause?: unknown;
}

/**
 * A change to saved views that `useSavedViews` refused, typed so a UI can say why in its own language (`code`).
 *
 * @example
 * ```ts
 * try { await views.save(name, snapshot) } catch (error) {
 *   if (isSavedViewError(error) && error.code === 'name-too-long') showError(t('nameTooLong', error.detail?.limit));
 *   else if (error instanceof Error && error.name === 'QuotaExceededError') showError(t('storageFull'));
 * }
 * ```
 */
export class SavedViewError extends Error {
  override readonly name = 'SavedViewError';
  readonly code: SavedViewErrorCode;
  readonly detail: SavedViewErrorDetail;

  constructor(message: string, init: SavedViewErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.detail = init.detail ?? {};
  }
}

/** True for a `SavedViewError` (also across bundle copies, where `instanceof` fails). */
export function isSavedViewError(value: unknown): value is SavedViewError {
  return (
    value instanceof SavedViewError ||
    (value instanceof Error && value.name === 'SavedViewError' && 'code' in value)
  );
}
