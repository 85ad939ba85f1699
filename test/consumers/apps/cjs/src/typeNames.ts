// Not run: type-checked only. A type an exported function's signature uses is exported by name from the entry
// that exports the function, so an embedder can name it in their own wrapper (each of these once could not be).
// Checked against the CommonJS declarations (node16, nodenext) and the ES-module ones (bundler).
import { zonedInputToIso, type ZonedInputOptions } from '@auditkit/headless';
import {
  zonedInputToIso as zonedInputToIsoOnServer,
  type ZonedInputOptions as CoreZonedInputOptions,
} from '@auditkit/headless/core';
import {
  createCsvNeutraliser,
  type CsvNeutraliserOptions,
  type OtherSeparator,
} from '@auditkit/headless/export';
import { auditsOpenApiDocument, type OpenApiOperation, type OpenApiResponse } from '@auditkit/mock-api';

export function endOfRange(value: string, timeZone: string, options: ZonedInputOptions = { bound: 'end' }) {
  return zonedInputToIso(value, timeZone, options);
}

export function endOfRangeOnServer(value: string, timeZone: string, options: CoreZonedInputOptions) {
  return zonedInputToIsoOnServer(value, timeZone, options);
}

export function neutraliserFor(otherSeparator: OtherSeparator) {
  const options: CsvNeutraliserOptions = { otherSeparator };
  return createCsvNeutraliser(options);
}

export function responsesOf(path: string, method: 'get' | 'post'): Record<string, OpenApiResponse> {
  const operation: OpenApiOperation | undefined = auditsOpenApiDocument.paths[path]?.[method];
  return operation?.responses ?? {};
}
