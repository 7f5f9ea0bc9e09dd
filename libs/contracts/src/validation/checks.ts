/** Tiny framework-free validators: contracts must stay importable by any consumer, with no dependency. */
export type Problems = string[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type Check = (value: unknown) => boolean;

export const isString: Check = (v) => typeof v === 'string' && v.length > 0;
export const isUuid: Check = (v) => typeof v === 'string' && UUID.test(v);
export const isInstant: Check = (v) => typeof v === 'string' && INSTANT.test(v) && !Number.isNaN(Date.parse(v));
export const isDate: Check = (v) => typeof v === 'string' && DATE.test(v);
export const isInt: Check = (v) => Number.isInteger(v);
export const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isBoolean: Check = (v) => typeof v === 'boolean';
export const isObject: Check = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
export const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || v === null || check(v);
export const arrayOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
export const oneOf =
  (...values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
export const recordOf =
  (check: Check): Check =>
  (v) =>
    isObject(v) && Object.values(v as object).every(check);

/** Checks each named field of an object; returns one problem per bad field. */
export function checkShape(value: unknown, shape: Record<string, Check>, path = ''): Problems {
  if (!isObject(value)) return [`${path || '/'} must be an object`];
  const record = value as Record<string, unknown>;
  return Object.entries(shape)
    .filter(([name, check]) => !check(record[name]))
    .map(([name]) => `${path}/${name} is missing or invalid`);
}

export const shapeOf =
  (shape: Record<string, Check>): Check =>
  (v) =>
    checkShape(v, shape).length === 0;
