import { cx } from './cx.ts';

/** Names of the built-in icons. */
export type IconName =
  | 'info'
  | 'minus'
  | 'plus'
  | 'medium'
  | 'high'
  | 'critical'
  | 'error'
  | 'unknown'
  | 'system'
  | 'mask'
  | 'chevronRight'
  | 'chevronDown'
  | 'chevronLeft'
  | 'chevronsLeft'
  | 'chevronsRight'
  | 'sortAsc'
  | 'sortDesc'
  | 'sortNone'
  | 'close'
  | 'search'
  | 'columns'
  | 'download'
  | 'arrowUp'
  | 'arrowDown'
  | 'grip'
  | 'pin'
  | 'copy'
  | 'clock'
  | 'refresh';

// Stroke paths on a 16×16 grid; shapes differ per severity so the level reads without colour.
const paths: Record<IconName, string> = {
  info: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M8 7v4.5M8 4.5v.5',
  medium: 'M8 1.5l6.5 6.5L8 14.5L1.5 8zM8 5v4M8 11v.5',
  high: 'M8 1.5l7 12.5H1zM8 6v4M8 12v.5',
  critical: 'M5.3 1.5h5.4l3.8 3.8v5.4l-3.8 3.8H5.3l-3.8-3.8V5.3zM6.5 5v4.5M9.5 5v4.5M6.5 11.5v.5M9.5 11.5v.5',
  error: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M5.5 5.5l5 5M10.5 5.5l-5 5',
  unknown:
    'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M6 6.2a2 2 0 1 1 2.6 1.9c-.4.2-.6.5-.6.9v.5M8 11.5v.5',
  system: 'M2 3h12v8H2zM5.5 14h5M8 11v3',
  mask: 'M2 5c2-1.5 10-1.5 12 0c0 4-2 6-4 6c-1 0-1.5-1-2-1s-1 1-2 1c-2 0-4-2-4-6M5 7h1.5M9.5 7H11',
  chevronRight: 'M6 3.5L10.5 8L6 12.5',
  chevronDown: 'M3.5 6L8 10.5L12.5 6',
  chevronLeft: 'M10 3.5L5.5 8l4.5 4.5',
  chevronsLeft: 'M8 3.5L3.5 8L8 12.5M12.5 3.5L8 8l4.5 4.5',
  chevronsRight: 'M3.5 3.5L8 8l-4.5 4.5M8 3.5l4.5 4.5L8 12.5',
  sortAsc: 'M8 13V3M4 7l4-4l4 4',
  sortDesc: 'M8 3v10M4 9l4 4l4-4',
  sortNone: 'M5 6l3-3l3 3M5 10l3 3l3-3',
  close: 'M4 4l8 8M12 4l-8 8',
  search: 'M7 2.5a4.5 4.5 0 1 0 0 9a4.5 4.5 0 1 0 0-9M10.3 10.3L14 14',
  columns: 'M2 2.5h12v11H2zM6 2.5v11M10 2.5v11',
  download: 'M8 2v8.5M4.5 7L8 10.5L11.5 7M2.5 13.5h11',
  arrowUp: 'M8 13V3M4 7l4-4l4 4',
  arrowDown: 'M8 3v10M4 9l4 4l4-4',
  grip: 'M6 3.5v.5M10 3.5v.5M6 7.75v.5M10 7.75v.5M6 12v.5M10 12v.5',
  pin: 'M8 1.5c-2.5 0-4.5 2-4.5 4.5c0 3.5 4.5 8.5 4.5 8.5s4.5-5 4.5-8.5c0-2.5-2-4.5-4.5-4.5M8 4.5a1.5 1.5 0 1 0 0 3a1.5 1.5 0 1 0 0-3',
  copy: 'M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3',
  clock: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M8 4.5V8l2.5 1.5',
  refresh: 'M13.5 8a5.5 5.5 0 1 1-1.6-3.9M13.5 2v3h-3',
  minus: 'M3.5 8h9',
  plus: 'M3.5 8h9M8 3.5v9',
};

/** Props of {@link Icon}. */
export interface IconProps {
  name: IconName;
  className?: string | undefined;
}

/** A decorative inline SVG icon; always hidden from assistive technology, the text next to it carries meaning. */
export function Icon({ name, className }: IconProps) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      data-slot="audit-icon"
      data-icon={name}
      className={cx('auditkit-icon', className)}
    >
      <path d={paths[name]} />
    </svg>
  );
}
