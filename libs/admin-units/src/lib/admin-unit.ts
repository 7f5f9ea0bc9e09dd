/** Calendar date as `yyyy-MM-dd` (ISO 8601, no time, no zone). Compares correctly as a string. */
export type IsoDate = string;

export type AdminLevel = 'province' | 'district' | 'commune';

/** The unit's type as written in Vietnamese law, in ASCII kebab-case. */
export type AdminUnitKind =
  | 'tinh'
  | 'thanh-pho-truc-thuoc-tw'
  | 'thanh-pho'
  | 'thi-xa'
  | 'quan'
  | 'huyen'
  | 'phuong'
  | 'xa'
  | 'thi-tran'
  | 'dac-khu';

/** Another name a unit is known by, optionally only within a date window (both ends inclusive). */
export interface AdminUnitAlias {
  readonly name: string;
  readonly validFrom?: IsoDate;
  readonly validTo?: IsoDate;
}

export interface AdminUnitNaming {
  /**
   * Official Vietnamese name with diacritics. Provinces of kind `tinh` omit the word "Tỉnh" ("Ninh Thuận");
   * every other unit keeps its type word ("Thành phố Hồ Chí Minh", "Huyện Bác Ái").
   */
  readonly name: string;
  /** The name without its type word ("Hồ Chí Minh", "Bác Ái"). */
  readonly shortName: string;
  /** ASCII English name ("Ho Chi Minh City"). */
  readonly nameEn: string;
  readonly kind: AdminUnitKind;
}

/** An official name the unit carried before a rename that kept the unit itself (same code, same territory). */
export interface FormerName extends AdminUnitNaming {
  /** Defaults to the unit's own `validFrom`. */
  readonly validFrom?: IsoDate;
  /** Last day (inclusive) the former name was official. */
  readonly validTo: IsoDate;
}

/**
 * One administrative unit during one era. Codes are official GSO codes (2 digits province, 3 district,
 * 5 commune) and can be reused by a different unit in a later era, so `id` (`code@validFrom`) is the key.
 */
export interface AdminUnit extends AdminUnitNaming {
  /** Unique across all eras: `${code}@${validFrom}`, e.g. `56@2025-07-01`. */
  readonly id: string;
  readonly code: string;
  readonly level: AdminLevel;
  /** Code of the parent unit valid on the same dates. */
  readonly parentCode?: string;
  readonly validFrom: IsoDate;
  /** Last day (inclusive); undefined while still valid. */
  readonly validTo?: IsoDate;
  /** Set when the unit ended without a successor because its whole level was abolished. */
  readonly abolishedOn?: IsoDate;
  /** Ids of the units this one was formed from. */
  readonly predecessors: readonly string[];
  /** Ids of the units this one became. */
  readonly successors: readonly string[];
  readonly aliases: readonly AdminUnitAlias[];
  /** Official names before a rename (newest last); `name`/`shortName`/`nameEn`/`kind` hold the latest. */
  readonly formerNames?: readonly FormerName[];
}
