/** Leading type words, matched after diacritics are gone: "Tỉnh ", "Thành phố ", "TP." and "TP ". */
const TYPE_PREFIX = /^(?:tinh\s+|thanh\s+pho\s+|tp\.\s*|tp\s+)/u;
const SEPARATORS = /[\s\-–—.]/gu;

/**
 * The binding comparison key for unit names: NFC, Vietnamese case folding, combining marks removed,
 * đ/Đ mapped to d, one leading "tỉnh" / "thành phố" / "tp." / "tp " dropped, then every space, dash
 * (-, – and —) and dot removed. "TP. Hồ Chí Minh" → "hochiminh", "Thừa Thiên - Huế" → "thuathienhue".
 */
export function normalizeUnitName(s: string): string {
  const folded = s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .trim();
  return folded.replace(TYPE_PREFIX, '').replace(SEPARATORS, '');
}
