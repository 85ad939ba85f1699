import { windowOf } from './domRealm.ts';

/** Whether `element` is laid out right to left, read from its own window (an iframe's for a framed log). */
export const isRightToLeft = (element: Element): boolean =>
  windowOf(element).getComputedStyle(element).direction === 'rtl';
