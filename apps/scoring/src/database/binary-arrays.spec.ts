import { float4Array, float8Array, int2Array, int4Array, readFloat8Array, readInt4Array } from './binary-arrays';

describe('binary array parameters', () => {
  it('lays a float8[] out as array_recv reads it: header, then length-prefixed big-endian doubles', () => {
    const b = float8Array([0.1, -2.5]);
    expect([0, 4, 8, 12, 16].map((at) => b.readInt32BE(at))).toEqual([1, 0, 701, 2, 1]);
    expect(b.readInt32BE(20)).toBe(8);
    expect(b.readDoubleBE(24)).toBe(0.1);
    expect(b.readInt32BE(32)).toBe(8);
    expect(b.readDoubleBE(36)).toBe(-2.5);
    expect(b.length).toBe(44);
  });

  it('lays an int4[] out with 4-byte elements', () => {
    const b = int4Array([3, -1, 0]);
    expect([0, 4, 8, 12, 16].map((at) => b.readInt32BE(at))).toEqual([1, 0, 23, 3, 1]);
    expect([20, 28, 36].map((at) => b.readInt32BE(at))).toEqual([4, 4, 4]);
    expect([24, 32, 40].map((at) => b.readInt32BE(at))).toEqual([3, -1, 0]);
  });

  it('refuses an int4 element that is not a 32-bit integer', () => {
    expect(() => int4Array([2 ** 31])).toThrow(RangeError);
    expect(() => int4Array([1.5])).toThrow(RangeError);
  });

  it('reads back what it lays out (array_send writes the same format), exactly', () => {
    const xs = [0, 1 / 3, -1e-17, 5e300, 0.1 + 0.2];
    expect(readFloat8Array(float8Array(xs))).toEqual(xs);
    expect(readInt4Array(int4Array([0, 7, -2]))).toEqual([0, 7, -2]);
  });

  it('reads an empty array (no dimensions) as []', () => {
    const empty = Buffer.alloc(12);
    empty.writeInt32BE(701, 8);
    expect(readFloat8Array(empty)).toEqual([]);
  });

  it('lays a real[] and a smallint[] out with 4- and 2-byte elements, refusing what they cannot hold exactly', () => {
    const f = float4Array([Math.fround(0.1), 0.5]);
    expect([0, 4, 8, 12, 16].map((at) => f.readInt32BE(at))).toEqual([1, 0, 700, 2, 1]);
    expect([f.readInt32BE(20), f.readFloatBE(24), f.readInt32BE(28), f.readFloatBE(32)]).toEqual([
      4,
      Math.fround(0.1),
      4,
      0.5,
    ]);
    expect(() => float4Array([0.1])).toThrow(RangeError);
    const i = int2Array([87, 1]);
    expect([0, 4, 8, 12, 16].map((at) => i.readInt32BE(at))).toEqual([1, 0, 21, 2, 1]);
    expect([i.readInt32BE(20), i.readInt16BE(24), i.readInt32BE(26), i.readInt16BE(30)]).toEqual([2, 87, 2, 1]);
    expect(() => int2Array([40_000])).toThrow(RangeError);
  });
});
