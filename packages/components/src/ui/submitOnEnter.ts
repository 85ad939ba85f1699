import type { KeyboardEvent } from 'react';

/**
 * Called from a field's keydown handler: Enter runs `submit`, as Enter in a form's field would, for the log's
 * groups of fields, which are never a `<form>`. Host pages wrap their whole body in one (ASP.NET WebForms, settings
 * pages): a form inside it is dropped by the browser's HTML parser, and one built by React sends its submit event
 * through the host's form, whose handlers post the page back. Enter is always kept from the browser, so it never
 * submits a host's form either (implicit submission), even when `submit` does nothing (a range refused). Enter
 * that confirms an input method's word (Japanese, Chinese, Korean) is left to it (keyCode 229: Safari's).
 *
 * @example
 * ```tsx
 * <div role="group">
 *   <input value={name} onChange={…} onKeyDown={(event) => submitOnEnter(event, save)} />
 *   <button type="button" onClick={save}>Save</button>
 * </div>
 * ```
 */
export function submitOnEnter(event: KeyboardEvent<HTMLElement>, submit: () => void): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.keyCode === 229) return;
  event.preventDefault();
  submit();
}
