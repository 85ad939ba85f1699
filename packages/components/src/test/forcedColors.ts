// Test helper: forced colours (Windows High Contrast) drop backgrounds and box shadows, so a state drawn only with
// them is lost (WCAG 2.4.7, 1.4.11). Chromium's media emulation (over CDP) applies forced colours as Windows would.
import { afterEach, beforeEach } from 'vitest';
import { cdp } from 'vitest/browser';

/** Turns forced colours on before each test of the calling file, and off after it. */
export function emulateForcedColors(): void {
  beforeEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
  });
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });
}

/** A system colour as forced colours resolve it. */
export function systemColour(name: string): string {
  const probe = document.createElement('div');
  probe.style.cssText = `forced-color-adjust: none; background: ${name}`;
  document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}

/** What marks an element apart from its plain siblings under forced colours: a background or a visible outline. */
export function mark(element: Element): { background: string; outline: string } {
  const style = getComputedStyle(element);
  return {
    background: style.backgroundColor,
    outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineColor}`,
  };
}

/** An element's edges as forced colours paint them: each side's width, style and colour, `none` when not drawn. */
export function edges(element: Element): Record<'top' | 'right' | 'bottom' | 'left', string> {
  const style = getComputedStyle(element);
  const side = (name: 'top' | 'right' | 'bottom' | 'left') => {
    const kind = style.getPropertyValue(`border-${name}-style`);
    const width = style.getPropertyValue(`border-${name}-width`);
    return kind === 'none' || parseFloat(width) === 0
      ? 'none'
      : `${width} ${kind} ${style.getPropertyValue(`border-${name}-color`)}`;
  };
  return { top: side('top'), right: side('right'), bottom: side('bottom'), left: side('left') };
}
