import fc from 'fast-check';

// The values that broke servers before (issue 10): text PostgreSQL cannot store, sizes nobody
// expected, numbers out of every range, dates at the ends of the calendar, the wrong type, and
// shapes that recurse or repeat. Large ones are built once and shared: fast-check picks, never grows.

const LONG_TEXT = '长'.repeat(100_000);
const LONG_ASCII = 'x'.repeat(100_000);
const TEN_THOUSAND_ITEMS = Array.from({ length: 10_000 }, (_, i) => i);
const TEN_THOUSAND_STRINGS = Array.from({ length: 10_000 }, () => 'a');

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
const DEEP_OBJECT = nested(1_000, 'x');
const DEEP_ARRAY = JSON.parse(`${'['.repeat(1_000)}${']'.repeat(1_000)}`);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    LONG_TEXT,
    LONG_ASCII,
    'NaN',
    'Infinity',
    '-Infinity',
    '-0',
    '1e309',
    '9007199254740993',
    '-1',
    '0.5',
    'null',
    'undefined',
    'true',
    '[]',
    '{}',
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '-271821-04-20T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2026-02-30T00:00:00Z',
    '2026-13-01',
    '0000-01-01',
    '1899-12-31',
    '2026-06-10T25:61:61+08:00',
    "' OR 1=1 --",
    '%00',
    '../../etc/passwd',
    '\u202e\u200b\ufeff',
    '\ud800',
    '😀'.repeat(50),
    '<script>alert(1)</script>',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    0.5,
    -0.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER - 2,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 63,
    Number.MIN_VALUE,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Anything of the wrong type, or of a size and depth no form sends. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      [],
      {},
      [null],
      { __proto__: { polluted: true } },
      JSON.parse('{"__proto__":{"polluted":true}}'),
      { constructor: { prototype: { polluted: true } } },
      TEN_THOUSAND_ITEMS,
      TEN_THOUSAND_STRINGS,
      DEEP_OBJECT,
      DEEP_ARRAY,
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Extra properties beside the schema's: names that look like columns, prototypes, or nothing. */
export const extraProperties: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'id',
      'companyId',
      'accountId',
      'role',
      'isAdmin',
      'state',
      'createdAt',
      'constructor',
      '',
    ),
    fc.string({ maxLength: 12 }),
  ),
  hostileValue,
  { maxKeys: 3 },
);

/** Text that is not JSON at all, sent with a JSON content type. */
export const brokenJson: fc.Arbitrary<string> = fc.constantFrom(
  '{"a":',
  '{',
  '[',
  'nul',
  '\ufeff{}',
  '{"a":1,"a":2}',
  '{"a":"\\ud800"}',
  '{"a":1e999999}',
  '\u0000',
  `{"a":"${'x'.repeat(2 * 1024 * 1024)}"}`,
);
