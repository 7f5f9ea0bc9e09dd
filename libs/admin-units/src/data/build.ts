import type { AdminUnit, AdminUnitAlias, AdminUnitKind, FormerName } from '../lib/admin-unit';
import { ERA_34_FROM, ERA_63_FROM, ERA_63_TO, unitId } from './eras';

export interface ProvinceExtras {
  /** A centrally-run city (thành phố trực thuộc trung ương) rather than a tỉnh. */
  readonly city?: boolean;
  readonly aliases?: readonly (string | AdminUnitAlias)[];
  readonly formerNames?: readonly FormerName[];
}

const toAlias = (a: string | AdminUnitAlias): AdminUnitAlias => Object.freeze(typeof a === 'string' ? { name: a } : a);

function province(code: string, shortName: string, nameEn: string, extras: ProvinceExtras) {
  const kind: AdminUnitKind = extras.city ? 'thanh-pho-truc-thuoc-tw' : 'tinh';
  return {
    code,
    level: 'province' as const,
    kind,
    name: extras.city ? `Thành phố ${shortName}` : shortName,
    shortName,
    nameEn,
    aliases: Object.freeze((extras.aliases ?? []).map(toAlias)),
    ...(extras.formerNames ? { formerNames: Object.freeze(extras.formerNames.map((f) => Object.freeze(f))) } : {}),
  };
}

/** A province of the 63-unit era; `successorCode` is the code of the 2025 province it merged into. */
export function oldProvince(
  code: string,
  shortName: string,
  nameEn: string,
  successorCode: string,
  extras: ProvinceExtras = {},
): AdminUnit {
  return Object.freeze({
    id: unitId(code, ERA_63_FROM),
    ...province(code, shortName, nameEn, extras),
    validFrom: ERA_63_FROM,
    validTo: ERA_63_TO,
    predecessors: Object.freeze([]),
    successors: Object.freeze([unitId(successorCode, ERA_34_FROM)]),
  });
}

/** A province of the 34-unit era; `predecessorCodes` are codes of the 63-era provinces it was formed from. */
export function newProvince(
  code: string,
  shortName: string,
  nameEn: string,
  predecessorCodes: readonly string[],
  extras: ProvinceExtras = {},
): AdminUnit {
  return Object.freeze({
    id: unitId(code, ERA_34_FROM),
    ...province(code, shortName, nameEn, extras),
    validFrom: ERA_34_FROM,
    predecessors: Object.freeze(predecessorCodes.map((c) => unitId(c, ERA_63_FROM))),
    successors: Object.freeze([]),
  });
}

export interface DistrictRow {
  readonly code: string;
  readonly kind: 'thanh-pho' | 'thi-xa' | 'quan' | 'huyen';
  readonly shortName: string;
  readonly nameEn: string;
  readonly validFrom?: string;
  readonly aliases?: readonly string[];
}

const DISTRICT_TYPE_WORD = { 'thanh-pho': 'Thành phố', 'thi-xa': 'Thị xã', quan: 'Quận', huyen: 'Huyện' } as const;

/** A district-level unit of the 63-unit era; the level was abolished on 2025-07-01 without successors. */
export function oldDistrict(parentCode: string, row: DistrictRow): AdminUnit {
  const validFrom = row.validFrom ?? ERA_63_FROM;
  return Object.freeze({
    id: unitId(row.code, validFrom),
    code: row.code,
    level: 'district' as const,
    kind: row.kind,
    name: `${DISTRICT_TYPE_WORD[row.kind]} ${row.shortName}`,
    shortName: row.shortName,
    nameEn: row.nameEn,
    parentCode,
    validFrom,
    validTo: ERA_63_TO,
    abolishedOn: ERA_34_FROM,
    predecessors: Object.freeze([]),
    successors: Object.freeze([]),
    aliases: Object.freeze((row.aliases ?? []).map(toAlias)),
  });
}
