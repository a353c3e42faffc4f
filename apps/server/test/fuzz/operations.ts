import { randomBytes } from 'node:crypto';
import type { Area } from '@openrecruit/shared';
import fc from 'fast-check';
import { brokenJson, hostileString } from './hostile-values';
import { arbitraryFor, type JsonSchema, textFor } from './schema-arbitraries';

// The operations of the OpenAPI document the fuzz test sends inputs to, and the inputs: path and
// query parameters and a JSON body from their schemas, or broken multipart bodies on upload routes.

interface OpenApiParameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}
interface OpenApiOperation {
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

export interface FuzzOperation {
  name: string;
  method: string;
  path: string;
  /** The area whose session the operation needs (`employerSession` → employer), or none. */
  area: Area | null;
  pathParams: OpenApiParameter[];
  queryParams: OpenApiParameter[];
  body?: JsonSchema;
  multipart: boolean;
}

/** Logging out would end the fuzzer's own sessions: the rest of the run would only see 401. */
const NOT_FUZZED = /\/logout$/;

export function fuzzOperations(document: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (NOT_FUZZED.test(path)) continue;
      const scheme = Object.keys(operation.security?.[0] ?? {})[0];
      const area = scheme?.endsWith('Session') ? (scheme.slice(0, -'Session'.length) as Area) : null;
      const parameters = operation.parameters ?? [];
      const body = operation.requestBody?.content['application/json']?.schema;
      const fuzzed: FuzzOperation = {
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        area,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        ...(body ? { body } : {}),
        multipart: /multipart/.test(operation.summary ?? ''),
      };
      if (fuzzed.body || fuzzed.pathParams.length || fuzzed.queryParams.length || fuzzed.multipart) {
        operations.push(fuzzed);
      }
    }
  }
  return operations;
}

export interface FuzzInput {
  url: string;
  payload?: string | Buffer;
  contentType?: string;
}

/** encodeURIComponent, also for a lone surrogate (which it refuses): that becomes U+FFFD. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

/** A path parameter: one of the owner's real ids (so the handler runs), any UUID, or hostile text. */
function pathValue(parameter: OpenApiParameter, ownIds: string[]) {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ownIds) },
    { weight: 2, arbitrary: textFor(parameter.schema ?? { type: 'string' }) },
    { weight: 1, arbitrary: hostileString },
  );
}

function queryString(parameters: OpenApiParameter[]): fc.Arbitrary<string> {
  const pairs = parameters.map((parameter) =>
    fc.option(
      fc
        .array(textFor(parameter.schema ?? { type: 'string' }), { minLength: 1, maxLength: 2 })
        .map((values) => values.map((value) => `${parameter.name}=${encode(value)}`).join('&')),
      { freq: 3 },
    ),
  );
  const extra = fc.option(
    fc.constantFrom('__proto__[x]=1', 'page[]=1', 'a=%00', 'pageSize=1e9', `q=${'x'.repeat(8_000)}`),
    { freq: 4 },
  );
  return fc
    .tuple(fc.tuple(...pairs), extra)
    .map(([chosen, more]) => [...chosen, more].filter((part): part is string => !!part).join('&'));
}

function jsonBody(schema: JsonSchema | undefined): fc.Arbitrary<Pick<FuzzInput, 'payload' | 'contentType'>> {
  if (!schema) return fc.constant({});
  return fc
    .oneof(
      {
        weight: 12,
        arbitrary: arbitraryFor(schema).map((value) => ({ payload: JSON.stringify(value) ?? 'null' })),
      },
      { weight: 1, arbitrary: brokenJson.map((payload) => ({ payload })) },
      {
        weight: 1,
        arbitrary: arbitraryFor(schema).map((value) => ({
          payload: JSON.stringify(value) ?? 'null',
          contentType: 'text/plain',
        })),
      },
    )
    .map((body) => ({ contentType: 'application/json', ...body }));
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A PNG header claiming an image of width × height (IHDR), with no pixels after it. */
function pngHeader(width: number, height: number) {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width >>> 0, 8);
  ihdr.writeUInt32BE(height >>> 0, 12);
  ihdr[16] = 8;
  ihdr[17] = 2;
  return Buffer.concat([PNG_SIGNATURE, ihdr]);
}
const FILE_DATA = fc.constantFrom(
  Buffer.alloc(0),
  PNG_SIGNATURE,
  pngHeader(64, 64),
  pngHeader(0, 0),
  pngHeader(0xffffffff, 0xffffffff),
  pngHeader(100_000, 1),
  Buffer.from('%PDF-1.7\n%%EOF'),
  Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
  Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00]),
  randomBytes(3 * 1024 * 1024),
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
);
const FILE_NAMES = fc.oneof(
  fc.constantFrom(
    'a.png',
    'a\u0000.png',
    '',
    '../../etc/passwd',
    '授权书.pdf',
    'x'.repeat(5_000),
    'a"; name="b',
  ),
  hostileString,
);

/** A multipart body, whole or broken: boundaries that do not match, truncation, wrong parts. */
const multipartBody: fc.Arbitrary<Pick<FuzzInput, 'payload' | 'contentType'>> = fc
  .record({
    boundary: fc.constantFrom('----fuzz', 'x', 'a'.repeat(200)),
    declared: fc.constantFrom('same', 'other', 'missing', 'empty'),
    field: fc.constantFrom('file', 'files', '', 'file\u0000'),
    fileName: fc.option(FILE_NAMES, { freq: 5 }),
    partType: fc.constantFrom('image/png', 'application/pdf', 'text/plain', '', 'image/png; charset=\u0000'),
    data: FILE_DATA,
    ending: fc.constantFrom('closed', 'truncated', 'no-final', 'two-files', 'only-field'),
  })
  .map((parts) => {
    const dashes = `--${parts.boundary}`;
    const disposition = `Content-Disposition: form-data; name="${parts.field}"${
      parts.fileName === null ? '' : `; filename="${parts.fileName}"`
    }`;
    const head = Buffer.from(`${dashes}\r\n${disposition}\r\nContent-Type: ${parts.partType}\r\n\r\n`);
    const field = Buffer.from(`${dashes}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n`);
    const close = Buffer.from(`\r\n${dashes}--\r\n`);
    const bodies: Record<typeof parts.ending, Buffer> = {
      closed: Buffer.concat([head, parts.data, close]),
      truncated: Buffer.concat([head, parts.data.subarray(0, Math.floor(parts.data.length / 2))]),
      'no-final': Buffer.concat([head, parts.data, Buffer.from(`\r\n${dashes}\r\n`)]),
      'two-files': Buffer.concat([head, parts.data, Buffer.from('\r\n'), head, parts.data, close]),
      'only-field': Buffer.concat([field, Buffer.from(`${dashes}--\r\n`)]),
    };
    const declared = { same: parts.boundary, other: 'not-the-boundary', missing: undefined, empty: '' }[
      parts.declared
    ];
    return {
      payload: bodies[parts.ending],
      contentType:
        declared === undefined ? 'multipart/form-data' : `multipart/form-data; boundary=${declared}`,
    };
  });

/** The inputs of one operation; `ownIds` are the owner's records, to reach past the lookups. */
export function inputsFor(operation: FuzzOperation, ownIds: string[]): fc.Arbitrary<FuzzInput> {
  const path = fc
    .tuple(...operation.pathParams.map((parameter) => pathValue(parameter, ownIds)))
    .map((values) =>
      operation.pathParams.reduce(
        (url, parameter, index) => url.replace(`{${parameter.name}}`, encode(values[index]!)),
        operation.path,
      ),
    );
  const body = operation.multipart
    ? fc.oneof(
        { weight: 4, arbitrary: multipartBody },
        { weight: 1, arbitrary: jsonBody({ type: 'object' }) },
      )
    : jsonBody(operation.body);
  return fc.tuple(path, queryString(operation.queryParams), body).map(([url, query, payload]) => ({
    url: query ? `${url}?${query}` : url,
    ...payload,
  }));
}
