// Test fixtures for benchmark specs (not exported from the library).
import type { BenchmarkCsvOptions } from './parse-benchmark-csv';
import type { ResolvedProvince } from './benchmark.types';

const REAL: ResolvedProvince[] = [
  { code: '01', name: 'Hà Nội' },
  { code: '46', name: 'Thừa Thiên Huế' },
  { code: '77', name: 'Bà Rịa - Vũng Tàu' },
  { code: '79', name: 'Thành phố Hồ Chí Minh' },
];

/** `n` provinces: four real ones first, then "Tỉnh 05", "Tỉnh 06", … with codes "P05", "P06", …. */
export function provinces(n: number): ResolvedProvince[] {
  const synthetic = Array.from({ length: Math.max(0, n - REAL.length) }, (_, i) => {
    const number = String(i + REAL.length + 1).padStart(2, '0');
    return { code: `P${number}`, name: `Tỉnh ${number}` };
  });
  return [...REAL, ...synthetic].slice(0, n);
}

/** A stand-in for the admin-units resolver: NFC, lower case, plus two aliases. */
export function optionsFor(list: ResolvedProvince[]): BenchmarkCsvOptions {
  const key = (name: string): string => name.normalize('NFC').trim().toLowerCase();
  const byName = new Map(list.map((p) => [key(p.name), p]));
  const alias: Record<string, string> = { 'bà rịa, vũng tàu': '77', 'ho chi minh city': '79', huế: '46' };
  return {
    resolveProvince: (name) => byName.get(key(name)) ?? list.find((p) => p.code === alias[key(name)]),
    expectedProvinceCodes: list.map((p) => p.code),
    nameOfProvince: (code) => list.find((p) => p.code === code)?.name,
  };
}

export interface FixtureRow {
  name: string;
  d: string[];
  extra?: string[];
}

/** CSV text with LF line ends; names containing a comma are quoted. */
export function csv(header: string, rows: FixtureRow[], lineEnd = '\n'): string {
  const quote = (name: string): string => (name.includes(',') ? `"${name}"` : name);
  const lines = rows.map((r) => [quote(r.name), ...r.d, ...(r.extra ?? [])].join(','));
  return [header, ...lines].join(lineEnd) + lineEnd;
}

export const HEADER = 'province,d1,d2,d3,d4,d5,d6,d7,d8';

/**
 * One row per province: d1 carries the ranking value, d2…d8 are fixed at 5.00, so the total is d1 + 35.
 * `d1` gives each province's d1 as a 2-decimal string.
 */
export function tableRows(list: ResolvedProvince[], d1: (index: number) => string): FixtureRow[] {
  return list.map((p, i) => ({ name: p.name, d: [d1(i), '5.00', '5.00', '5.00', '5.00', '5.00', '5.00', '5.00'] }));
}
