// The mock's answers, as the mock types them, against the types of Frontegg's own client (@frontegg/rest-api
// 7.119.0). Where Frontegg's declared types and its own demo data disagree, the mismatch is asserted as an
// expected type error, so the day either side changes this file says so.
import type {
  AuditRowData,
  HeaderProps,
  IAudits,
  IAuditsMetadata,
  IAuditsStats,
  IMetadataIp,
} from '@frontegg/rest-api';
import type {
  AuditEvent,
  AuditListResponse,
  AuditStatsResponse,
  AuditsMetadataRow,
  FronteggAuditColumn,
  IpLocation,
} from '@auditkit/mock-api';
import { describe, expectTypeOf, it } from 'vitest';

describe('the mock’s answers satisfy Frontegg’s client types', () => {
  it('stats are exactly IAuditsStats', () => {
    expectTypeOf<AuditStatsResponse>().toEqualTypeOf<IAuditsStats>();
  });

  it('an IP answer is an IMetadataIp (getIpAdressMetadata, getCurrentUserIpMetadata)', () => {
    expectTypeOf<IpLocation>().toExtend<IMetadataIp>();
  });

  it('the metadata row is an IAuditsMetadata (getAuditsMetadata)', () => {
    expectTypeOf<AuditsMetadataRow>().toExtend<IAuditsMetadata>();
  });

  it('a list answer has IAudits’ shape; the event fields both sides declare agree', () => {
    type Shared =
      'ip' | 'action' | 'resource' | 'severity' | 'vendorId' | 'tenantId' | 'createdAt' | 'actorMail';
    expectTypeOf<Required<Pick<AuditEvent, Shared>>>().toExtend<Required<Pick<AuditRowData, Shared>>>();
    expectTypeOf<keyof AuditListResponse>().toEqualTypeOf<keyof IAudits>();
  });

  it('records where Frontegg’s declared row type is not what its service and demo data send', () => {
    // AuditRowData declares `_id`, `time`, `updatedAt`, `__v`, a required `user`/`email` and `json: any[]`;
    // Frontegg's demo events carry none of `_id`/`time`/`updatedAt`/`__v`, system events have no user, and
    // `json` is an object. The mock follows the data, so its event is not an AuditRowData.
    // @ts-expect-error -- see above
    expectTypeOf<AuditEvent>().toExtend<AuditRowData>();
    // HeaderProps declares `_id` and a required string `showInMoreInfo`; Frontegg's demo metadata leaves
    // `showInMoreInfo` out on some columns and has no `_id`.
    // @ts-expect-error -- see above
    expectTypeOf<FronteggAuditColumn>().toExtend<HeaderProps>();
  });
});
