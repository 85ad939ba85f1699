// The package's exported defaults are shared by every log on the page: one host (or a test) assigning into them
// changed where every client sent its list, which columns every log showed, or what every check allowed. Frozen to
// the last level, an assignment throws (modules are strict) and the next request, column or check is unchanged.
import { describe, expect, it } from 'vitest';
import { auditQueryLimits, auditQueryOverLimit } from '../query/auditQueryLimits.ts';
import { AuditApiError } from './AuditApiError.ts';
import { columnsWithoutMetadata } from './columnsWithoutMetadata.ts';
import { defaultAuditColumns } from './defaultAuditColumns.ts';
import { auditEndpoints, planAuditRequest } from './planAuditRequest.ts';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

describe('exported defaults', () => {
  it('auditEndpoints: an endpoint cannot be redirected, and requests still go to the documented path', () => {
    expect(() => {
      (auditEndpoints.list as Writable<typeof auditEndpoints.list>).path = '/elsewhere';
    }).toThrow(TypeError);
    expect(() => {
      (auditEndpoints as Writable<typeof auditEndpoints>).list = { method: 'GET', path: '/elsewhere' };
    }).toThrow(TypeError);
    const plan = planAuditRequest({ count: 20, offset: 0 }, { columns: defaultAuditColumns });
    expect(plan).toMatchObject({ endpoint: 'list', path: '/audits/resources/audits/v2' });
  });

  it('defaultAuditColumns: a column cannot be changed, and the 404 fallback still shows it', () => {
    expect(() => {
      (defaultAuditColumns[0] as Writable<(typeof defaultAuditColumns)[0]>).showInTable = false;
    }).toThrow(TypeError);
    expect(() => {
      (defaultAuditColumns as unknown[]).push({ name: 'extra' });
    }).toThrow(TypeError);
    const fallback = columnsWithoutMetadata(new AuditApiError('Not found', { kind: 'http', status: 404 }));
    expect(fallback?.[0]).toMatchObject({ name: 'createdAt', showInTable: true });
    expect(fallback).toHaveLength(8);
  });

  it('auditQueryLimits: a limit cannot be lowered, and queries are checked against the documented ones', () => {
    expect(() => {
      (auditQueryLimits as Writable<typeof auditQueryLimits>).search = 1 as never;
    }).toThrow(TypeError);
    expect(auditQueryLimits.search).toBe(1000);
    expect(auditQueryOverLimit({ search: 'x'.repeat(1000), filters: {} })).toBeUndefined();
  });
});
