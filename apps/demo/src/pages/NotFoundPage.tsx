import type { MouseEvent } from 'react';
import { routePaths, type Page } from '../useRoute.ts';

/** An address that is none of the portal's pages: says so, and leads back to Overview. */
export function NotFoundPage({ onNavigate }: { onNavigate: (page: Page) => void }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    // A real link (open in a new tab works), handled in-page on a plain click, like the sidebar's.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate('overview');
  };
  return (
    <>
      <header className="page-header">
        <h1>Page not found</h1>
        <p className="page-lede">There is no page at this address in Acme Cloud.</p>
      </header>
      <p>
        <a href={routePaths.overview} onClick={follow}>
          Overview
        </a>
      </p>
    </>
  );
}
