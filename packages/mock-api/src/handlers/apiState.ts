import type { AuditDataset } from '../dataset/createDataset.ts';
import type { AuditEvent } from '../dataset/types.ts';
import type { MockScenario } from '../scenario/mockScenario.ts';
import type { MatchCacheContext } from './queryEvents.ts';
import type { TenantTimeline } from './tenantTimeline.ts';

/** What the endpoints need from an api instance: its dataset, scenario, overlay of created events and clock. */
export interface ApiState {
  readonly dataset: AuditDataset;
  readonly secret: string;
  scenario(): Readonly<MockScenario>;
  /**
   * Every tenant with events: the seeded ones, then those only created into (for an environment token that names
   * none).
   */
  tenantIds(): string[];
  /** The newest-first timelines of the given tenants (a tenant with no events has none). */
  timelines(tenantIds: readonly string[]): TenantTimeline[];
  /**
   * Stores a created event for a tenant; returns it with its `frontegg_id`, `vendorId` and `createdAt` (the
   * service's own, whatever `fields` holds). Fields that cannot be serialised are a 400 `ApiError`, and nothing
   * is stored then.
   */
  addCreated(tenantId: string, fields: Record<string, unknown>): AuditEvent;
  /** Where list queries keep their match indices, with the version of the created-events overlay. */
  matchCache(): MatchCacheContext;
  /** The time "now" for stats, in epoch ms. */
  referenceNow(): number;
  /** The one row of `GET /metadata?entityName=audits`. */
  metadataRow(): Record<string, unknown>;
}
