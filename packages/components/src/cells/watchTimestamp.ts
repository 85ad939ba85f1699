// The relative-time tooltips of the times (TimestampCell), watched without a listener on each: a filter change
// mounts a page of rows, and five DOM listeners and an effect in each time cell were most of what a table's rows
// cost over a bare table's (bench, "filter change"). The pointer reaches a time through React's own delegated
// `onPointerEnter`/`onPointerLeave` (TimestampCell). Focus does not always: the grid makes the table cell, not
// the time, its Tab stop, and a focus on an ancestor reaches none of the time's handlers. So focus is watched by
// one capturing listener pair per document or shadow root, added by the first time drawn there: not on the row or
// the table, since a host may put a time (an exported cell) in a focusable container of its own, and in a shadow
// root (whose focus the document sees on its host) the pair is the root's own. Escape is watched on the document
// only while a tip may show (some time hovered or focused), as before.
import { documentOf, isElement, isNode } from '../ui/domRealm.ts';

/** What a time does when its tip is about to show: read "now" again. */
type Show = () => void;

/** Each drawn time's holder (`[data-slot="audit-timestamp"]`) and what it does when its tip is about to show. */
const shows = new WeakMap<Element, Show>();
/** Documents and shadow roots that have the focus listeners. */
const watchedRoots = new WeakSet<Node>();

/** The times of a document whose tip may show now, by how; and whether Escape is being watched for them. */
interface ShownTips {
  hovered: Set<Element>;
  focused: Set<Element>;
  onKey: (event: KeyboardEvent) => void;
  listening: boolean;
}
const tipsByDocument = new WeakMap<Document, ShownTips>();

function tipsOf(doc: Document): ShownTips {
  let tips = tipsByDocument.get(doc);
  if (!tips) {
    const hovered = new Set<Element>();
    const focused = new Set<Element>();
    // Escape is only watched, never taken: the grid's and the dialogs' own uses of it go on as before.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      for (const stamp of [...hovered, ...focused]) stamp.setAttribute('data-dismissed', '');
    };
    tips = { hovered, focused, onKey, listening: false };
    tipsByDocument.set(doc, tips);
  }
  return tips;
}

/** Watches Escape while some time of `doc` may show its tip, and not otherwise. */
function listenWhileShown(doc: Document, tips: ShownTips) {
  // A time removed while hovered or focused (its row gone) gets no leave event: it no longer counts.
  for (const set of [tips.hovered, tips.focused])
    for (const stamp of set) if (!stamp.isConnected) set.delete(stamp);
  const shown = tips.hovered.size > 0 || tips.focused.size > 0;
  if (shown === tips.listening) return;
  tips.listening = shown;
  if (shown) doc.addEventListener('keydown', tips.onKey, true);
  else doc.removeEventListener('keydown', tips.onKey, true);
}

/** The pointer or focus reached the time: its tip shows, even if Escape hid it before. */
function arrive(stamp: Element, how: 'hovered' | 'focused') {
  stamp.removeAttribute('data-dismissed');
  const tips = tipsOf(stamp.ownerDocument);
  tips[how].add(stamp);
  listenWhileShown(stamp.ownerDocument, tips);
}

/** The pointer or focus left the time. */
function leave(stamp: Element, how: 'hovered' | 'focused') {
  const tips = tipsOf(stamp.ownerDocument);
  tips[how].delete(stamp);
  listenWhileShown(stamp.ownerDocument, tips);
}

/** The drawn times whose tip a focus on `target` shows: the one it is in, or those it holds (a table cell). */
function stampsFocusedBy(target: Element): Element[] {
  const within = target.closest('[data-slot="audit-timestamp"]');
  if (within && shows.has(within)) return [within];
  return [...target.children].filter((child) => shows.has(child));
}

/** Whether focus on `next` keeps the time's tip showing: on the time or on what holds it. */
function keepsFocus(stamp: Element, next: EventTarget | null): boolean {
  return isNode(next) && (next === stamp.parentElement || stamp.contains(next));
}

/** Where a time's focus is watched: its shadow root or document (a detached tree's: its document's). */
function focusRootOf(stamp: Element): Node {
  const root = stamp.getRootNode();
  return root.nodeType === 9 || (root.nodeType === 11 && 'host' in root) ? root : stamp.ownerDocument;
}

// Each root's listeners see the focus of its own times only: a document's sees one inside a shadow root as on
// the root's host (target and relatedTarget retargeted), which would tell it focus left the time.
const inRoot = (stamp: Element, event: Event) => focusRootOf(stamp) === event.currentTarget;

function onFocusIn(event: Event) {
  const target = event.target;
  if (!isElement(target)) return;
  for (const stamp of stampsFocusedBy(target)) {
    if (!inRoot(stamp, event)) continue;
    shows.get(stamp)?.();
    arrive(stamp, 'focused');
  }
}

function onFocusOut(event: Event) {
  const root = event.currentTarget;
  if (!isNode(root)) return;
  const next = (event as FocusEvent).relatedTarget;
  for (const stamp of [...tipsOf(documentOf(root)).focused])
    if (inRoot(stamp, event) && !keepsFocus(stamp, next)) leave(stamp, 'focused');
}

/**
 * Registers a drawn time (its holder span) and what it does when its tip is about to show; the first one drawn
 * in a document or shadow root adds that root's focus listeners. Cheap enough for every row: no listener.
 */
export function watchTimestamp(stamp: Element, show: Show): void {
  shows.set(stamp, show);
  const focusRoot = focusRootOf(stamp);
  if (watchedRoots.has(focusRoot)) return;
  watchedRoots.add(focusRoot);
  // Capturing: a host's handler that stops a focus event on its way up does not hide it from the times.
  focusRoot.addEventListener('focusin', onFocusIn, true);
  focusRoot.addEventListener('focusout', onFocusOut, true);
}

/**
 * Forgets a time as it is removed (its cell unmounts): one removed while hovered or focused gets no leave event,
 * and would keep its table reachable, and Escape watched on the document, until another time showed its tip.
 */
export function forgetTimestamp(stamp: Element): void {
  shows.delete(stamp);
  const doc = stamp.ownerDocument;
  const tips = tipsByDocument.get(doc);
  if (!tips) return;
  tips.hovered.delete(stamp);
  tips.focused.delete(stamp);
  listenWhileShown(doc, tips);
}

/** The pointer reached a drawn time (React's delegated `onPointerEnter`). */
export function pointerOnTimestamp(stamp: Element): void {
  shows.get(stamp)?.();
  arrive(stamp, 'hovered');
}

/** The pointer left a drawn time (React's delegated `onPointerLeave`). */
export function pointerOffTimestamp(stamp: Element): void {
  leave(stamp, 'hovered');
}
