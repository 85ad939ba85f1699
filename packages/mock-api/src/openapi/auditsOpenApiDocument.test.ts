import { readFile, writeFile } from 'node:fs/promises';
import { Validator as OpenApiDocumentValidator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { auditRoutes } from '../handlers/auditRoutes.ts';
import { auditsOpenApiDocument } from './auditsOpenApiDocument.ts';

const jsonFile = new URL('../../openapi/audits.openapi.json', import.meta.url);

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document (checked against the specification’s own schema)', async () => {
    const result = await new OpenApiDocumentValidator().validate(
      structuredClone(auditsOpenApiDocument) as never,
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes every route the mock serves, and nothing it does not', () => {
    const documented = Object.values(auditsOpenApiDocument.paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    expect(new Set(documented)).toEqual(new Set(auditRoutes.map((r) => r.operationId)));
  });

  // The JSON file ships in the package for tools that read files (`@auditkit/mock-api/openapi.json`).
  // Regenerate: UPDATE_OPENAPI=1 node scripts/pnpm.mjs exec vitest run --project mock-api auditsOpenApiDocument,
  // then prettier --write it.
  it('ships as JSON, identical to the exported object', async () => {
    if (process.env.UPDATE_OPENAPI)
      await writeFile(jsonFile, `${JSON.stringify(auditsOpenApiDocument, null, 2)}\n`);
    expect(JSON.parse(await readFile(jsonFile, 'utf8'))).toEqual(auditsOpenApiDocument);
  });
});
