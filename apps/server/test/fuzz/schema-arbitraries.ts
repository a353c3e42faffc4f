import fc from 'fast-check';
import { extraProperties, hostileNumber, hostileString, hostileValue } from './hostile-values';

// Values for a JSON schema of the OpenAPI document (the keywords zod's JSON schema uses: type, enum,
// anyOf/oneOf, properties/required, items, min/max, lengths, pattern, format). Each level is mostly
// the right shape with, now and then, a hostile value in its place: the interesting 500s hide behind
// a body that passes most of the validation.

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
}

const ISO = (date: Date) => date.toISOString();
const dateTimes = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map(ISO);
const soon = fc.integer({ min: -2, max: 60 }).map((days) => ISO(new Date(Date.now() + days * 86_400_000)));

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') return fc.oneof(soon, dateTimes);
  if (schema.format === 'date') return fc.oneof(soon, dateTimes).map((value) => value.slice(0, 10));
  if (schema.pattern) {
    try {
      const pattern = new RegExp(schema.pattern, 'u');
      return fc
        .stringMatching(pattern)
        .filter(
          (value) => value.length <= (schema.maxLength ?? 200) && value.length >= (schema.minLength ?? 0),
        );
    } catch {
      // A pattern JavaScript cannot compile: fall through to plain text of the right length.
    }
  }
  return fc.string({
    unit: fc.oneof(
      fc.constantFrom('张', '王', '上', '海', '职', '位', 'a', '1', ' '),
      fc.string({ minLength: 1, maxLength: 1 }),
    ),
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 30, 60),
  });
}

function numberOf(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? -1_000_000;
  const max = schema.maximum ?? 1_000_000;
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
}

/** Values the schema accepts, or nearly: the shape, the ranges, the required properties. */
export function validShaped(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => arbitraryFor(choice, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, child] of Object.entries(properties)) record[name] = arbitraryFor(child, depth + 1);
      return fc.record(record, { requiredKeys: [...required].filter((name) => name in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Mostly valid-shaped, sometimes hostile, sometimes with extra properties beside the schema's. */
export function arbitraryFor(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const shaped = validShaped(schema, depth);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const withExtras =
    type === 'object'
      ? fc
          .tuple(shaped, extraProperties)
          .map(([value, extra]) => ({ ...extra, ...(value as Record<string, unknown>) }))
      : shaped;
  const hostile =
    type === 'string'
      ? fc.oneof(hostileString, hostileValue)
      : type === 'integer' || type === 'number'
        ? fc.oneof(hostileNumber, hostileValue)
        : hostileValue;
  // Deeper down a value is rarely hostile, so that a body with many fields often gets through whole.
  return fc.oneof(
    { weight: depth === 0 ? 6 : 30, arbitrary: shaped },
    { weight: 1, arbitrary: withExtras },
    { weight: 2, arbitrary: hostile },
  );
}

/** A query or path value: what the schema describes, as text, or hostile text. */
export function textFor(schema: JsonSchema): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: validShaped(schema).map((value) =>
        typeof value === 'string' ? value : JSON.stringify(value),
      ),
    },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: hostileNumber.map(String) },
  );
}
