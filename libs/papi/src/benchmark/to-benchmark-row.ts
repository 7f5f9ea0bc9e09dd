import type { BenchmarkCsvError, BenchmarkRow, ResolvedProvince } from './benchmark.types';
import { CEILING, subDimensionTolerance, totalWithinTolerance } from './benchmark-tolerances';
import { cellPointer } from './csv-pointer';
import { literalToUnits, unitsToString, type DecimalLiteral, type Units } from './decimal-units';
import type { RawBenchmarkRow } from './read-benchmark-row';

/**
 * Converts a form-checked row to table units and applies the contract's consistency rules:
 * values within the scale, each complete set of sub-dimensions adding up to its dimension, and the
 * official total agreeing with Σd.
 */
export function toBenchmarkRow(
  raw: RawBenchmarkRow,
  province: ResolvedProvince,
  scale: number,
  subDimensionsByDimension: ReadonlyMap<number, readonly string[]>,
): { row: BenchmarkRow | undefined; errors: BenchmarkCsvError[] } {
  const errors: BenchmarkCsvError[] = [];
  const where = `Dòng ${raw.row} (${province.name})`;
  const fmt = (units: Units): string => unitsToString(units, scale);
  const convert = (literal: DecimalLiteral, column: string, ceiling: number): Units => {
    const units = literalToUnits(literal, scale);
    if (units > ceiling * 10 ** scale) {
      const detail = `${where}: giá trị ${fmt(units)} ở cột ${column} vượt quá mức tối đa ${ceiling}.`;
      errors.push({ row: raw.row, pointer: cellPointer(raw.row, column), detail });
    }
    return units;
  };

  const literals = raw.d.filter((l) => l !== undefined);
  if (literals.length !== 8) return { row: undefined, errors };
  const d = literals.map((literal, i) => convert(literal, `d${i + 1}`, CEILING.dimension));
  const subDimensions: Record<string, Units> = {};
  for (const [code, literal] of raw.subDimensions) {
    subDimensions[code] = convert(literal, `d${code}`, CEILING.subDimension);
  }
  const total = raw.total === undefined ? undefined : convert(raw.total, 'total', CEILING.total);

  for (const [dimension, codes] of subDimensionsByDimension) {
    // A sub-dimension cell that failed to read was already reported; a sum without it would mislead.
    if (codes.some((code) => subDimensions[code] === undefined)) continue;
    const sum = codes.reduce((acc, code) => acc + subDimensions[code], 0);
    const tolerance = subDimensionTolerance(codes.length);
    const own = d[dimension - 1];
    if (Math.abs(sum - own) <= tolerance) continue;
    errors.push({
      row: raw.row,
      pointer: cellPointer(raw.row, `d${dimension}`),
      detail:
        `${where}, chỉ số nội dung ${dimension}: tổng ${codes.length} chỉ số nội dung thành phần là ${fmt(sum)}, ` +
        `lệch ${fmt(Math.abs(sum - own))} so với điểm ${fmt(own)} (cho phép tối đa ${fmt(tolerance)}).`,
    });
  }

  const sumOfDimensions = d.reduce((acc, units) => acc + units, 0);
  if (total !== undefined && !totalWithinTolerance(total, sumOfDimensions)) {
    errors.push({
      row: raw.row,
      pointer: cellPointer(raw.row, 'total'),
      detail:
        `${where}: tổng điểm ${fmt(total)} lệch ${fmt(Math.abs(total - sumOfDimensions))} so với tổng 8 chỉ số ` +
        `nội dung ${fmt(sumOfDimensions)} (cho phép tối đa ${fmt(4)}).`,
    });
  }

  const row: BenchmarkRow = {
    row: raw.row,
    provinceCode: province.code,
    province: province.name,
    d,
    subDimensions,
    ...(total === undefined ? {} : { total }),
    ...(raw.officialRank === undefined ? {} : { officialRank: raw.officialRank }),
  };
  return { row, errors };
}
