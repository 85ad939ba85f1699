// How the mock reads list parameters, below the HTTP contract: which parameters take JSON array text, and which
// severities a filter matches among stored events (including ones `POST /audits` cannot create).
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../dataset/types.ts';
import { auditsOpenApiDocument } from '../openapi/auditsOpenApiDocument.ts';
import { createOpenApiValidator } from '../openapi/createOpenApiValidator.ts';
import { parseListQuery } from './parseListQuery.ts';
import type { PagingRule } from './parseListQuery.ts';
import { eventPredicate } from './queryEvents.ts';

const validator = createOpenApiValidator(auditsOpenApiDocument);
const read = (operationId: string, query: string) =>
  validator.checkQuery(operationId, new URLSearchParams(query), {
    strict: true,
    allowExtra: (name) => name === 'region',
  });
const rules: Record<string, PagingRule> = {
  listAuditsV2: 'v2',
  exportAuditsV2Csv: 'v2',
  listAudits: 'legacyList',
  exportAuditsCsvStream: 'legacyExport',
};

describe('list parameters: repeated keys everywhere, JSON array text only where the document marks it', () => {
  it('reads v2 users, email and tenant_ids as OpenAPI’s form style does (JSON text is one literal value)', () => {
    for (const operationId of ['listAuditsV2', 'exportAuditsV2Csv']) {
      const { values } = read(
        operationId,
        'count=1&offset=0&email=a@x.test&email=b@x.test&users=%5B%22u-1%22%2C%22u-2%22%5D&tenant_ids=%5B%22t%22%5D',
      );
      expect(values.email).toEqual(['a@x.test', 'b@x.test']);
      expect(values.users).toEqual(['["u-1","u-2"]']);
      expect(values.tenant_ids).toEqual(['["t"]']);
      const query = parseListQuery(read(operationId, 'count=1&offset=0&users=%5B%22u-1%22%5D'), 'v2');
      expect(query.users).toEqual(['["u-1"]']);
    }
  });

  it('reads a legacy column filter, vendor columns included, from repeated keys or JSON array text', () => {
    for (const operationId of ['listAudits', 'exportAuditsCsvStream']) {
      const { values, extra } = read(
        operationId,
        'count=1&offset=0&email=%5B%22a%40x.test%22%2C%22b%40x.test%22%5D&action=x&action=y&region=%5B%22eu%22%2C%22us%22%5D',
      );
      expect(values.email).toEqual(['a@x.test', 'b@x.test']);
      expect(values.action).toEqual(['x', 'y']);
      expect(extra.get('region')).toEqual(['eu', 'us']);
    }
    const document = JSON.stringify(auditsOpenApiDocument.paths);
    // Marked: the legacy column filters; never a v2 parameter.
    const v2 = auditsOpenApiDocument.paths['/audits/resources/audits/v2']!.get!.parameters;
    expect(v2.filter((parameter) => parameter['x-json-array'])).toEqual([]);
    expect(document).toContain('"x-json-array":true');
  });
});

describe('severity filters', () => {
  const event = (severity: string, action = severity): AuditEvent => ({
    frontegg_id: `id-${action}`,
    tenantId: 't',
    vendorId: 'v',
    createdAt: '2021-04-07 10:50:40.201',
    action,
    description: '',
    resource: '',
    severity,
    ip: '81.2.69.142',
    userAgent: '',
    json: {},
  });
  // As Frontegg's demo data stores them (frontegg-react cypress/consts.ts auditsData): `Attention`, `Error`, `info`.
  const stored = [event('Attention'), event('Error'), event('info'), event('Info', 'Info2'), event('High')];
  const matching = (operationId: string, query: string) => {
    const predicate = eventPredicate(parseListQuery(read(operationId, query), rules[operationId]!));
    return stored.filter((e) => predicate?.(e) ?? true).map((e) => e.action);
  };

  it('match any stored severity by text, case-insensitively, on the legacy list and export', () => {
    for (const operationId of ['listAudits', 'exportAuditsCsvStream']) {
      expect(matching(operationId, 'count=20&offset=0&severity=Attention')).toEqual(['Attention']);
      expect(matching(operationId, 'count=20&offset=0&severity=attention&severity=ERROR')).toEqual([
        'Attention',
        'Error',
      ]);
      expect(matching(operationId, 'count=20&offset=0&severity=Info')).toEqual(['info', 'Info2']);
      expect(
        matching(operationId, `count=20&offset=0&severity=${encodeURIComponent('["Attention","High"]')}`),
      ).toEqual(['Attention', 'High']);
      expect(matching(operationId, 'count=20&offset=0&severity=Urgent')).toEqual([]);
    }
  });

  it('keep the published enum for create, and an empty severity is still refused', () => {
    expect(() => validator.checkBody('createAudit', { severity: 'Attention' })).toThrow(/severity/);
    expect(() => validator.checkBody('createAudit', { severity: 'Info' })).not.toThrow();
    expect(() => read('listAudits', 'count=1&offset=0&severity=')).toThrow(/severity/);
  });

  it('a page holding such events conforms to the document (stored severities are not the create enum)', () => {
    expect(
      validator.responseProblems('listAudits', 200, 'application/json', {
        data: stored,
        total: stored.length,
      }),
    ).toEqual([]);
  });
});
