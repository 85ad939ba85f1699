'use client';
// The host's own router use beside the log: what the App Router knows of the URL (`useSearchParams`), and a
// refresh, which re-renders the page for the URL the router holds (the log's URL writes must have reached it).
import { useRouter, useSearchParams } from 'next/navigation';

export function RefreshButton() {
  const router = useRouter();
  const severity = useSearchParams().get('audit.sev');
  return (
    <p>
      <span data-testid="router-severity">Router sees severity: {severity ?? 'none'}</span>{' '}
      <button type="button" onClick={() => router.refresh()}>
        Refresh
      </button>
    </p>
  );
}
