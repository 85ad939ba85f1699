// @vitest-environment jsdom
// A view's link opens that view, never the reader's default view, even when the view's query is the log's defaults
// and so writes no query key ("All events"): read as a bare landing, the reader saw their own default view (High and
// Critical only) and took it for the view shared.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { useAuditQueryState } from '../react/useAuditQueryState.ts';
import { useColumnPreferences } from '../react/useColumnPreferences.ts';
import { auditViewUrl } from './auditViewUrl.ts';
import type {
  AuditStoredViews,
  AuditView,
  AuditViewDefinition,
  AuditViewStorage,
} from './auditViews.types.ts';
import { useAuditViews } from './useAuditViews.ts';

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

/** The reader's views: "Severe" (with columns of its own) is their default; "All events" is the log's defaults. */
const stored: AuditStoredViews = {
  version: 1,
  views: [
    {
      id: 'severe',
      name: 'Severe',
      search: 'sev=High,Critical',
      columns: { order: ['severity', 'createdAt'], visible: ['severity', 'createdAt'] },
    },
    {
      id: 'all',
      name: 'All events',
      search: '',
      columns: { order: ['action', 'createdAt', 'email'], visible: ['action', 'createdAt', 'email'] },
    },
  ],
  defaultViewId: 'severe',
};
const storage: AuditViewStorage = { load: async () => structuredClone(stored), save: () => {} };

interface LogProps {
  defaultValue?: AuditQuery;
  predefined?: readonly AuditViewDefinition[];
  /** Hands out the views as loaded, to build their links. */
  onViews?: (views: readonly AuditView[]) => void;
}

/** A custom UI on headless alone, the columns and query kept in the URL as `<AuditLog urlState>` keeps them. */
function Log({ defaultValue, predefined, onViews }: LogProps) {
  const url = { prefix: 'audit' };
  const state = useAuditQueryState({ url, ...(defaultValue && { defaultValue }) });
  const preferences = useColumnPreferences({
    columns: defaultAuditColumns,
    storageKey: 'k',
    storage: null,
    url,
  });
  const [timeZone, setTimeZone] = useState('UTC');
  const views = useAuditViews({
    state,
    preferences,
    timeZone,
    setTimeZone,
    storage,
    predefined,
    tenantId: 't',
    userId: 'reader',
  });
  onViews?.(views.views);
  return (
    <>
      <ul aria-label="Filters">
        {Object.entries(state.query.filters).map(([name, values]) => (
          <li key={name}>{`${name}: ${values.join(',')}`}</li>
        ))}
      </ul>
      <ul aria-label="Columns">
        {preferences.visibleColumns.map((column) => (
          <li key={column.name}>{column.name}</li>
        ))}
      </ul>
      <p role="status">{views.status}</p>
    </>
  );
}

const items = (name: string) =>
  within(screen.getByRole('list', { name }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);
const loaded = async () => {
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('ready'));
  // Past the decision and the URL writes that follow it.
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
};

/** A view's link as the sharer's log builds it (`<ViewsMenu>`'s "Copy link"), from the same host and defaults. */
async function linkTo(id: string, props: LogProps = {}) {
  let link = '';
  render(
    <Log
      {...props}
      onViews={(views) => {
        const view = views.find((item) => item.id === id);
        if (!view) return;
        const defaults = props.defaultValue;
        link = auditViewUrl(view, { base: location.href, columns: defaultAuditColumns, defaults });
      }}
    />,
  );
  await loaded();
  cleanup();
  expect(link).not.toBe('');
  return new URL(link);
}

it('opens a link to a view whose query is the defaults on that view, not on the reader’s default view', async () => {
  const link = await linkTo('all');
  history.replaceState(null, '', `/${link.search}`);
  render(<Log />);
  await loaded();
  expect(items('Filters')).toEqual([]);
  // The link's columns (Action first), not the default view's (Severity first).
  expect(items('Columns')).toEqual(['action', 'createdAt', 'email', 'description', 'ip']);
  expect(new URLSearchParams(location.search).get('audit.sev')).toBeNull();

  // A reload of the link (the sharer's own tab too) opens it again: the mark outlived the log's URL writes.
  cleanup();
  render(<Log />);
  await loaded();
  expect(items('Filters')).toEqual([]);
  expect(items('Columns')[0]).toBe('action');
});

it('opens a link to a predefined view equal to the host’s defaultQuery on it, not on the reader’s default', async () => {
  const hostDefault: AuditQuery = { ...defaultAuditQuery, time: { preset: '7d' } };
  const props: LogProps = {
    defaultValue: hostDefault,
    predefined: [{ id: 'week', name: 'Last week', query: { time: { preset: '7d' } } }],
  };
  const link = await linkTo('week', props);
  history.replaceState(null, '', `/${link.search}`);
  render(<Log {...props} />);
  await loaded();
  expect(items('Filters')).toEqual([]);
  expect(new URLSearchParams(location.search).get('audit.sev')).toBeNull();
});

it('still opens a bare landing on the reader’s default view, its query and columns', async () => {
  render(<Log />);
  await loaded();
  expect(items('Filters')).toEqual(['severity: High,Critical']);
  expect(items('Columns')).toEqual(['severity', 'createdAt', 'email', 'action', 'description', 'ip']);
});
