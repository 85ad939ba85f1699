// The first page's placeholder: it stays still until the rows take its place.
import { expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { AuditTableSkeleton } from './AuditTableSkeleton.tsx';

it('keeps its bars where they are when the column count changes while it shows (the metadata answering first)', async () => {
  const skeleton = (columns: number) => (
    <div className="auditkit" style={{ width: 700 }}>
      <AuditUiProvider locale="en-US">
        <AuditTableSkeleton columns={columns} rows={5} />
      </AuditUiProvider>
    </div>
  );
  const screen = await render(skeleton(5));
  const bars = () => [...screen.container.querySelectorAll('[data-slot="audit-skeleton"]')];
  const places = () => bars().map((bar) => Math.round(bar.getBoundingClientRect().left));
  const before = places();
  expect(before.length).toBeGreaterThan(0);
  await screen.rerender(skeleton(6));
  // Spread across one more column, every bar but the first moved sideways (up to 80 px in the benchmark): a layout shift.
  expect(places()).toEqual(before);
});
