import { createContext, type RefCallback } from 'react';

/**
 * A ref for the details panel's own element, from `LazyEventDetails` (which hands it the focus its loading region
 * had): the panel takes no `ref` prop in React 18, and its place among its siblings does not tell it apart when
 * two panels arrive in one commit.
 */
export const PanelRefContext = createContext<RefCallback<HTMLDivElement> | undefined>(undefined);
