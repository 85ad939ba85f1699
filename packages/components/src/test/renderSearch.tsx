// Test helper: the search box over the table, its query in the URL, as the search tests all start.
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { SearchBox } from '../SearchBox/SearchBox.tsx';
import { renderAudit } from './renderAudit.tsx';

/** The search box (100 ms debounce) and the table, sharing one query kept in the URL. */
export const renderSearch = () =>
  renderAudit(
    <>
      <SearchBox debounceMs={100} />
      <AuditTable />
    </>,
    { state: { url: true } },
  );

/** A key of the page's URL, where the log keeps its query (`audit.email`, `audit.sev`…). */
export const urlParam = (key: string) => new URLSearchParams(location.search).get(key);
