/**
 * The fields a PATCH body actually carries. DTO classes declare every optional field, and with
 * ES2022 class fields those exist as `undefined` own properties: copying them would blank the record.
 */
export function definedFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<T>;
}
