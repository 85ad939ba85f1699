// Test helper: how visible the focus indicator of an element is, as WCAG 2.4.11/2.4.13 measure it.
import { backgroundOf, contrast, over, parse } from '../test/colourContrast.ts';

/**
 * The contrast of an element's focus ring (a solid outline of at least 2 px, or a box-shadow ring) against the
 * background it is drawn on; 0 when it has none.
 */
export function focusRingContrast(element: Element): number {
  const style = getComputedStyle(element);
  const around = backgroundOf(element);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
    return contrast(over(parse(style.outlineColor), around), around);
  const shadow = style.boxShadow.match(/rgba?\([^)]*\)/)?.[0];
  return shadow && style.boxShadow !== 'none' ? contrast(over(parse(shadow), around), around) : 0;
}
