// Test helper: WCAG colour maths on computed styles (relative luminance, contrast ratio, alpha compositing), for
// the tests that check text and focus-ring contrast in every state.
export type Rgba = [number, number, number, number];

export const parse = (value: string): Rgba => {
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
};
export const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
};
const luminance = ([r, g, b]: Rgba) => {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
export const contrast = (a: Rgba, b: Rgba) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
};
/** The opaque colour behind an element: its own background over its ancestors'. */
export function backgroundOf(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = element; node; node = node.parentElement) {
    const colour = parse(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}
