import { describe, expect, it } from 'vitest';
import { ApiError } from './apiError.ts';
import { MAX_JSON_DEPTH, exceedsDepth, readJsonBody } from './readJsonBody.ts';

const post = (body: string, type: string | null = 'application/json') =>
  new Request('http://mock.test/audits', {
    method: 'POST',
    body: type === null ? new Blob([body]) : body,
    headers: type === null ? {} : { 'content-type': type },
  });
const nestedArrays = (levels: number) => `{"a":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;

describe('readJsonBody', () => {
  it('reads a body nested exactly to the limit, and refuses one level more with a 400 that says why', async () => {
    await expect(readJsonBody(post(nestedArrays(MAX_JSON_DEPTH)))).resolves.toHaveProperty('a');
    const refused = await readJsonBody(post(nestedArrays(MAX_JSON_DEPTH + 1))).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 400 });
    expect((refused as ApiError).errors[0]).toMatch(/more than 256 levels deep/);
  });

  it('counts objects and arrays alike, and never brackets inside strings or after escapes', () => {
    expect(exceedsDepth('{"a":{"b":[{}]}}', 4)).toBe(false);
    expect(exceedsDepth('{"a":{"b":[{}]}}', 3)).toBe(true);
    expect(exceedsDepth(`{"a":"${'['.repeat(1000)}"}`, 1)).toBe(false);
    expect(exceedsDepth(`{"a":"\\"${'{'.repeat(1000)}"}`, 1)).toBe(false);
    expect(exceedsDepth(`{"a":"\\\\","b":[[]]}`, 2)).toBe(true);
  });

  // It read any body as JSON: text/plain (fetch's type for a string) and form bodies were taken.
  it('reads only a body declared application/json, with or without parameters', async () => {
    for (const type of [null, 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'text/json']) {
      const refused = await readJsonBody(post('{"a":1}', type)).catch((e: unknown) => e);
      expect(refused, String(type)).toMatchObject({ status: 400 });
      expect((refused as ApiError).errors[0]).toMatch(
        /^content-type: the body must be sent as application\/json/,
      );
    }
    for (const type of ['application/json', 'APPLICATION/JSON; charset=utf-8'])
      await expect(readJsonBody(post('{"a":1}', type))).resolves.toEqual({ a: 1 });
  });

  it('still tells JSON that is not an object or not JSON apart', async () => {
    await expect(readJsonBody(post('[1]'))).rejects.toMatchObject({
      status: 400,
      errors: ['body must be a JSON object'],
    });
    await expect(readJsonBody(post('{not json'))).rejects.toMatchObject({
      status: 400,
      errors: ['body must be valid JSON'],
    });
  });
});
