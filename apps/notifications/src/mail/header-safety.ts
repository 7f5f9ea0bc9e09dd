/**
 * Header values are built from names and titles people typed. A CR or LF in a header would let them
 * add headers (Bcc: …) or end the header block, so every control character becomes a space.
 */
export function headerSafe(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

// Deliberately strict (no quoted local parts, no comments, no display names): an address that
// does not match is refused rather than passed to the SMTP envelope.
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isValidAddress(address: string): boolean {
  return address.length <= 254 && ADDRESS.test(address);
}
