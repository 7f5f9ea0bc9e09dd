/**
 * One-dimensional PostgreSQL arrays in the binary wire format (`array_recv` / `array_send`): written to
 * bind as query parameters (node-pg sends a Buffer parameter as binary) and read from `array_send(…)`.
 * PostgreSQL then copies each float8's 8 bytes instead of parsing or printing its decimal text: parsing
 * 84 float8 from text cost ≈ 70 µs of backend CPU, about as much as the rest of a one-row statement
 * (aggregate-cpu.integration-spec.ts). Exact by construction.
 */
const FLOAT8_OID = 701;
const INT4_OID = 23;
const FLOAT4_OID = 700;
const INT2_OID = 21;

function arrayOf(
  xs: readonly number[],
  oid: number,
  width: 2 | 4 | 8,
  put: (v: DataView, x: number, at: number) => void,
) {
  const b = Buffer.allocUnsafe(20 + xs.length * (4 + width));
  // DataView, not Buffer.writeDoubleBE: its accessors are compiled inline, Buffer's are plain JavaScript.
  const v = new DataView(b.buffer, b.byteOffset, b.length);
  v.setInt32(0, 1); // dimensions
  v.setInt32(4, 0); // no nulls
  v.setInt32(8, oid);
  v.setInt32(12, xs.length);
  v.setInt32(16, 1); // lower bound
  let at = 20;
  for (const x of xs) {
    v.setInt32(at, width);
    put(v, x, at + 4);
    at += 4 + width;
  }
  return b;
}

/** A `float8[]` parameter (bind it as `$k::float8[]`). */
export const float8Array = (xs: readonly number[]): Buffer =>
  arrayOf(xs, FLOAT8_OID, 8, (v, x, at) => v.setFloat64(at, x));

/** An `int4[]` parameter (bind it as `$k::int[]`); every element must be a 32-bit integer. */
export const int4Array = (xs: readonly number[]): Buffer =>
  arrayOf(xs, INT4_OID, 4, (v, x, at) => {
    if (!Number.isInteger(x) || x < -(2 ** 31) || x >= 2 ** 31) throw new RangeError(`${x} is not an int4`);
    v.setInt32(at, x);
  });

/** A `real[]` parameter (bind it as `$k::real[]`); every element must already be a float4 (`Math.fround`). */
export const float4Array = (xs: readonly number[]): Buffer =>
  arrayOf(xs, FLOAT4_OID, 4, (v, x, at) => {
    if (Math.fround(x) !== x && !Number.isNaN(x)) throw new RangeError(`${x} is not a float4`);
    v.setFloat32(at, x);
  });

/** A `smallint[]` parameter (bind it as `$k::smallint[]`). */
export const int2Array = (xs: readonly number[]): Buffer =>
  arrayOf(xs, INT2_OID, 2, (v, x, at) => {
    if (!Number.isInteger(x) || x < -(2 ** 15) || x >= 2 ** 15) throw new RangeError(`${x} is not an int2`);
    v.setInt16(at, x);
  });

/** Reads a one-dimensional array in the binary format (`array_send`), each element with `read`. */
function readArray(b: Buffer, read: (v: DataView, at: number) => number): number[] {
  const v = new DataView(b.buffer, b.byteOffset, b.length);
  const dimensions = v.getInt32(0);
  if (dimensions === 0) return [];
  if (dimensions !== 1) throw new RangeError(`a ${dimensions}-dimensional array where one dimension was expected`);
  const length = v.getInt32(12);
  const xs = new Array<number>(length);
  let at = 20;
  for (let i = 0; i < length; i++) {
    const width = v.getInt32(at);
    if (width < 0) throw new RangeError('a NULL element in an aggregate array');
    xs[i] = read(v, at + 4);
    at += 4 + width;
  }
  return xs;
}

/** A `float8[]` column received in binary. */
export const readFloat8Array = (b: Buffer): number[] => readArray(b, (v, at) => v.getFloat64(at));

/** An `int4[]` column received in binary. */
export const readInt4Array = (b: Buffer): number[] => readArray(b, (v, at) => v.getInt32(at));
