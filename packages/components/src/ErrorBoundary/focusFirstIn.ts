import { activeElementOf, isHTMLElement } from '../ui/domRealm.ts';

const focusable =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], ' +
  '[contenteditable]:not([contenteditable="false"])';

/**
 * Focuses the first control in `nodes` (and within them) that takes focus: first one in the Tab order (a grid's
 * roving stop, not its other cells), else one focusable by script only (a region with `tabindex="-1"`). A hidden
 * or inert one refuses focus and is passed over. Whether one took it.
 */
export function focusFirstIn(nodes: Iterable<Node>): boolean {
  const candidates: HTMLElement[] = [];
  for (const node of nodes) {
    if (!isHTMLElement(node)) continue;
    if (node.matches(focusable)) candidates.push(node);
    for (const inner of node.querySelectorAll(focusable)) if (isHTMLElement(inner)) candidates.push(inner);
  }
  const usable = candidates.filter((element) => !element.matches(':disabled'));
  const inTabOrder = usable.filter((element) => element.tabIndex >= 0);
  for (const element of [...inTabOrder, ...usable.filter((element) => element.tabIndex < 0)]) {
    element.focus();
    if (activeElementOf(element) === element) return true;
  }
  return false;
}
