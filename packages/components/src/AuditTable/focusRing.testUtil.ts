// Test helper: how visible the focus indicator of an element is, as WCAG 2.4.11/2.4.13 measure it.
type Rgba = [number, number, number, number];

const parse = (value: string): Rgba => {
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
};
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
};
const luminance = ([r, g, b]: Rgba) => {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const contrast = (a: Rgba, b: Rgba) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
};
function backgroundOf(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = element; node; node = node.parentElement) {
    const colour = parse(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

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
