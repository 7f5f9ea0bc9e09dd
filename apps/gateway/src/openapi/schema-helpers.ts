/** A JSON Schema (OpenAPI 3.0 dialect: `nullable`, `example`) as the document serves it. */
export type Schema = Record<string, unknown>;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const str = (extra: Schema = {}): Schema => ({ type: 'string', ...extra });
export const uuid: Schema = str({ format: 'uuid' });
/** Calendar date `yyyy-MM-dd` (contract §2). */
export const date: Schema = str({ format: 'date', example: '2020-12-31' });
/** Instant, RFC 3339 with offset (contract §2). */
export const instant: Schema = str({ format: 'date-time', example: '2020-08-03T08:40:00.000Z' });
export const int = (extra: Schema = {}): Schema => ({ type: 'integer', ...extra });
export const num = (extra: Schema = {}): Schema => ({ type: 'number', ...extra });
export const bool: Schema = { type: 'boolean' };
export const arr = (items: Schema, extra: Schema = {}): Schema => ({ type: 'array', items, ...extra });
export const strings: Schema = arr(str());
export const oneOfStrings = (values: readonly string[], extra: Schema = {}): Schema =>
  str({ enum: [...values], ...extra });
/** The same schema, also accepting null (never on a `$ref`: OpenAPI 3.0 ignores siblings of `$ref`). */
export const nullable = (schema: Schema): Schema => ({ ...schema, nullable: true });
/** A map from free keys (unit codes, dimension numbers) to values of one schema. */
export const mapOf = (values: Schema, extra: Schema = {}): Schema => ({
  type: 'object',
  additionalProperties: values,
  ...extra,
});

/**
 * A closed object: a field the service does not send (or a request field it refuses) fails validation.
 * `required` lists the fields that must be present; responses list them all (see `closed`).
 */
export const obj = (properties: Record<string, Schema>, required: string[] = [], example?: unknown): Schema => ({
  type: 'object',
  additionalProperties: false,
  properties,
  ...(required.length ? { required } : {}),
  ...(example !== undefined ? { example } : {}),
});

/** A response shape: closed, and every field always present (null where the schema says nullable). */
export const closed = (properties: Record<string, Schema>, example?: unknown): Schema =>
  obj(properties, Object.keys(properties), example);

/** A list answer per contract §2: `{ items, total, limit, offset }`. */
export const page = (item: Schema): Schema =>
  closed({
    items: arr(item),
    total: int({ minimum: 0 }),
    limit: int({ minimum: 1, maximum: 500 }),
    offset: int({ minimum: 0 }),
  });

export const pageOf = (name: string): Schema => page(ref(name));
