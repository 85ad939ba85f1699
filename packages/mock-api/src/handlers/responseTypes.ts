import type { AuditEvent, FronteggAuditColumn } from '../dataset/types.ts';

/** The answer of the list endpoints: a page of events and the total of all matches. */
export interface AuditListResponse {
  data: AuditEvent[];
  total: number;
}

/** The answer of `GET /audits/stats`. */
export interface AuditStatsResponse {
  totalToday: number;
  severeThisWeek: number;
}

/** The one row of `GET /metadata?entityName=audits`, in the shape of Frontegg's `IAuditsMetadata`. */
export interface AuditsMetadataRow {
  id: string;
  entityName: 'audits';
  vendorId: string;
  createdAt: string;
  updatedAt: string;
  properties: FronteggAuditColumn[];
  theme: { id: string; name: string; styles: Record<string, unknown> };
}

/** The answer of `GET /metadata?entityName=audits`. */
export interface AuditsMetadataResponse {
  rows: AuditsMetadataRow[];
}
