import type { MouseEvent } from 'react';
import { routePaths, type Page, type Route } from './useRoute.ts';

const groups: { label: string; links: { route: Page; label: string }[] }[] = [
  { label: 'Workspace', links: [{ route: 'overview', label: 'Overview' }] },
  {
    label: 'Settings',
    links: [
      { route: 'general', label: 'General' },
      { route: 'members', label: 'Members' },
      { route: 'audit-log', label: 'Audit log' },
    ],
  },
];

/** The portal's navigation: real links (open in a new tab works), handled in-page on a plain click. */
export function Sidebar({ route, onNavigate }: { route: Route; onNavigate: (page: Page) => void }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>, target: Page) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate(target);
  };
  return (
    <nav className="sidebar" aria-label="Main">
      <a className="brand nav-link" href="/" onClick={(event) => follow(event, 'overview')}>
        <span className="brand-mark" aria-hidden="true">
          A
        </span>
        Acme Cloud
      </a>
      {groups.map((group) => (
        <div key={group.label}>
          <p className="nav-group" id={`nav-${group.label}`}>
            {group.label}
          </p>
          <ul className="nav-list" aria-labelledby={`nav-${group.label}`}>
            {group.links.map((link) => (
              <li key={link.route}>
                <a
                  className="nav-link"
                  href={routePaths[link.route]}
                  aria-current={route === link.route ? 'page' : undefined}
                  onClick={(event) => follow(event, link.route)}
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
