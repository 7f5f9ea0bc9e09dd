import { api } from '../api/client';
import type { Agency } from '../api/views';
import { unwrap } from './load';

/**
 * Names of administrative units (districts before 1 July 2025, communes after) for the codes that the
 * scoring and surveys APIs return. No gateway route serves the unit registry itself; the plans service's
 * agencies do: each district or commune People's Committee carries its unit's official code and the dates
 * it existed (`unitCode`, `validFrom`, `validTo`, last day included). The unit's name is the committee's
 * name without "UBND" — so names follow the data, including mergers, and nothing is hard-coded here.
 */
export type UnitAgency = Pick<Agency, 'kind' | 'name' | 'unitCode' | 'validFrom' | 'validTo'>;

export interface UnitName {
  code: string;
  /** null when no agency carries this code: the page shows the code alone. */
  name: string | null;
}

const COMMITTEE = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu;

/** "UBND huyện Bác Ái" → "Huyện Bác Ái"; a name without the prefix is kept as it is. */
export function unitNameOfCommittee(agencyName: string): string {
  const bare = agencyName.normalize('NFC').replace(COMMITTEE, '').trim();
  return bare.charAt(0).toLocaleUpperCase('vi') + bare.slice(1);
}

/** The first day of a wave code such as "2020-Q3" (or "2020"); null when the code has another form. */
export function periodStart(period: string | null | undefined): string | null {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(period ?? '');
  if (!match) return null;
  const month = match[2] ? (Number(match[2]) - 1) * 3 + 1 : 1;
  return `${match[1]}-${String(month).padStart(2, '0')}-01`;
}

const validOn = (a: UnitAgency, date: string) =>
  (a.validFrom == null || a.validFrom <= date) && (a.validTo == null || date <= a.validTo);

/**
 * Resolves codes against the agencies: the committee valid on `date` (a wave's first day) when there is
 * one, else the latest one that carried the code (a period outside every validity still gets a name).
 */
export function unitNamer(agencies: readonly UnitAgency[]) {
  const byCode = new Map<string, UnitAgency[]>();
  for (const a of agencies) {
    if (!a.unitCode || (a.kind !== 'district' && a.kind !== 'commune')) continue;
    byCode.set(a.unitCode, [...(byCode.get(a.unitCode) ?? []), a]);
  }
  return (code: string, date?: string | null): UnitName => {
    const candidates = byCode.get(code) ?? [];
    const latestFirst = [...candidates].sort((x, y) => (y.validTo ?? '9999').localeCompare(x.validTo ?? '9999'));
    const chosen = (date ? latestFirst.find((a) => validOn(a, date)) : undefined) ?? latestFirst[0];
    return { code, name: chosen ? unitNameOfCommittee(chosen.name) : null };
  };
}
export type UnitNamer = ReturnType<typeof unitNamer>;

/** Loads the agencies once for a page; a role that may not list them (403) still sees the codes. */
export async function loadUnitNamer(): Promise<UnitNamer> {
  const agencies: UnitAgency[] = [];
  try {
    // A province has a few dozen agencies (about a hundred communes after 2025): one or two pages.
    for (let offset = 0; ; offset += 500) {
      const page = unwrap(await api.GET('/api/v1/agencies', { params: { query: { limit: 500, offset } } }));
      agencies.push(...((page.items ?? []) as UnitAgency[]));
      if ((page.items ?? []).length < 500 || agencies.length >= (page.total ?? 0)) break;
    }
  } catch {
    // Names are a convenience: without them the tables still show the official codes.
  }
  return unitNamer(agencies);
}
