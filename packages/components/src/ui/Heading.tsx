import { createElement, type HTMLAttributes } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';

/** Props of {@link Heading}. */
export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** Levels below the host's heading of the log (`headingLevel`): 1 for a section, 2 for a part of one. */
  depth: 1 | 2;
}

/**
 * A heading of the log's own (an event's JSON field, its before and after), ranked below the heading the host
 * gives the log: a fixed `h3` under a host's `h1` skipped a level, which screen-reader users navigating by
 * heading hear as a missing section (axe `heading-order`).
 */
export function Heading({ depth, ...rest }: HeadingProps) {
  const { headingLevel } = useAuditUi();
  return createElement(`h${Math.min(6, headingLevel + depth)}`, rest);
}
