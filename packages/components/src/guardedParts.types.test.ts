// The parts' types as a host's compiler sees them (checked by `tsc`, the package's typecheck; at run time the
// assertions do nothing): each part keeps its own props, and one that takes none says so.
import type { ComponentProps, ComponentType } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { AuditTableProps } from './AuditTable/AuditTable.tsx';
import type { AuditTableViewProps } from './AuditTable/AuditTableView.tsx';
import type { EventDetailsProps } from './EventDetails/EventDetails.tsx';
import { AuditTable, ColumnPicker, EventDetails } from './guardedParts.ts';

describe('the exported parts', () => {
  it('keep their props types', () => {
    // ColumnPicker takes no props: `ComponentType<object>` before, which read as "some props" in the .d.ts.
    expectTypeOf(ColumnPicker).toEqualTypeOf<ComponentType>();
    expectTypeOf<ComponentProps<typeof ColumnPicker>>().toEqualTypeOf<ComponentProps<ComponentType>>();
    expectTypeOf(AuditTable).toEqualTypeOf<ComponentType<AuditTableProps>>();
    expectTypeOf(EventDetails).toEqualTypeOf<ComponentType<EventDetailsProps>>();
  });

  it("take events a host typed as an interface, as Frontegg's AuditRowData is (no index signature)", () => {
    interface HostEvent {
      frontegg_id: string;
      createdAt: string;
      action?: string;
    }
    expectTypeOf<HostEvent[]>().toExtend<AuditTableViewProps['events']>();
    expectTypeOf<HostEvent>().toExtend<EventDetailsProps['event']>();
  });
});
