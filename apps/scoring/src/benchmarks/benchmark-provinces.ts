import {
  AdminUnit,
  ERA_34_FROM,
  ERA_63_TO,
  matchProvince,
  provincesOfYear,
  referenceDateOfYear,
  unitAsOf,
} from '@papi/admin-units';
import { frameworkOfEdition, type BenchmarkCsvOptions, type ResolvedProvince } from '@papi/papi';

/** A province of an edition, named as it was that year ("Thừa Thiên Huế" in 2019, not "Huế"). */
function asOfYear(unit: AdminUnit, year: number): ResolvedProvince {
  const named = unitAsOf(unit, referenceDateOfYear(year));
  return { code: named.code, name: named.name };
}

/** matchProvince throws only on a data bug (two provinces answering to one name): treat it as no match. */
function safeMatch(nameOrCode: string, yearOrDate: number | string): AdminUnit | undefined {
  try {
    return matchProvince(nameOrCode, yearOrDate);
  } catch {
    return undefined;
  }
}

/**
 * The name matching and the expected province list a year's table is checked against: exactly the
 * provinces of that edition (63 up to 2024, 34 from 2025), names compared as contract §7 says.
 */
export function benchmarkCsvOptions(year: number): BenchmarkCsvOptions {
  const provinces = provincesOfYear(year).map((unit) => asOfYear(unit, year));
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  return {
    resolveProvince: (name) => {
      const unit = safeMatch(name, year);
      return unit === undefined ? undefined : asOfYear(unit, year);
    },
    expectedProvinceCodes: provinces.map((p) => p.code),
    nameOfProvince: (code) => byCode.get(code)?.name,
    // Which sub-dimension columns make a dimension whole depends on the edition (5.2 dropped from 2021).
    framework: frameworkOfEdition(year),
  };
}

export type GapProvince = { ok: true; province: ResolvedProvince } | { ok: false; detail: string };

/**
 * The province a gap request names (`58`, `Ninh Thuận`, `ninh thuan`…), as of the table's year. A unit
 * of another era (a merged 2025 province asked of a 63-province table, or the reverse) is named in the
 * answer so the user sees why it is not in that year's table.
 */
export function resolveGapProvince(nameOrCode: string, year: number): GapProvince {
  const unit = safeMatch(nameOrCode, year);
  if (unit !== undefined) return { ok: true, province: asOfYear(unit, year) };
  const count = provincesOfYear(year).length;
  const other = safeMatch(nameOrCode, ERA_63_TO) ?? safeMatch(nameOrCode, ERA_34_FROM);
  if (other === undefined) {
    return { ok: false, detail: `Không nhận ra tỉnh/thành phố "${nameOrCode}".` };
  }
  return {
    ok: false,
    detail:
      `${other.name} (mã ${other.code}) không có trong bảng xếp hạng PAPI năm ${year} ` +
      `(bảng năm này gồm ${count} tỉnh/thành phố theo địa giới năm ${year}).`,
  };
}
