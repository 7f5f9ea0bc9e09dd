import {
  formatDecimal,
  literalToUnits,
  parseDecimalLiteral,
  toUnits,
  unitsToNumber,
  unitsToString,
} from './decimal-units';

describe('decimal units', () => {
  it('reads plain dot decimals only', () => {
    expect(parseDecimalLiteral('6.12')).toEqual({ integerDigits: '6', fractionDigits: '12' });
    expect(parseDecimalLiteral('7')).toEqual({ integerDigits: '7', fractionDigits: '' });
    for (const bad of ['6,12', '-1', '+1', '.5', '5.', '1e2', '', ' 6.1', 'NaN']) {
      expect(parseDecimalLiteral(bad)).toBeUndefined();
    }
  });

  it('turns a literal into an exact integer count of the table unit', () => {
    expect(literalToUnits(parseDecimalLiteral('6.1')!, 2)).toBe(610);
    expect(literalToUnits(parseDecimalLiteral('6.125')!, 3)).toBe(6125);
    expect(literalToUnits(parseDecimalLiteral('7')!, 4)).toBe(70000);
    expect(literalToUnits(parseDecimalLiteral('0.07')!, 2)).toBe(7);
    expect(() => literalToUnits(parseDecimalLiteral('6.125')!, 2)).toThrow(RangeError);
  });

  it('rounds an estimate half up to the table unit, immune to binary representation', () => {
    expect(toUnits(6.125, 2)).toBe(613); // 6.125·100 is 612.4999… in binary
    expect(toUnits(1.005, 2)).toBe(101);
    expect(toUnits(6.1249, 2)).toBe(612);
    expect(toUnits(46.6249, 2)).toBe(4662);
    expect(toUnits(0.00005, 4)).toBe(1);
    expect(toUnits(7, 3)).toBe(7000);
  });

  it('prints units back at the table precision, keeping trailing zeros', () => {
    expect(unitsToString(6120, 2)).toBe('61.20');
    expect(unitsToString(5, 2)).toBe('0.05');
    expect(unitsToString(-5, 2)).toBe('-0.05');
    expect(unitsToString(12345, 4)).toBe('1.2345');
    expect(unitsToString(7, 0)).toBe('7');
    expect(unitsToNumber(6120, 2)).toBe(61.2);
    expect(unitsToNumber(-237, 2)).toBe(-2.37);
    expect(formatDecimal(61.2, 2)).toBe('61.20');
    expect(formatDecimal(0.1 + 0.2, 3)).toBe('0.300');
  });
});
