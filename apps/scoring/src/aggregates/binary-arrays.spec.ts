import { float8Array, int4Array } from './binary-arrays';

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
});
