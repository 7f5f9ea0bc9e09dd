/**
 * Accepts the upload as bytes or as already-decoded text. Bytes must be valid UTF-8 (a fatal decoder,
 * so a Windows-1258 export is refused instead of turning into mojibake); a leading BOM is dropped either way.
 */
export function decodeCsvText(input: string | Uint8Array): { ok: true; text: string } | { ok: false } {
  if (typeof input === 'string') return { ok: true, text: input.replace(/^\uFEFF/, '') };
  try {
    // TextDecoder strips the UTF-8 BOM itself (ignoreBOM defaults to false).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    return { ok: false };
  }
}
