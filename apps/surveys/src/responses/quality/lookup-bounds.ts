/** Longest interview the histogram and the neighbour search reckon with (longer ones are clamped). */
export const MAX_DURATION_SECONDS = 6 * 3600;
/** Bound the work per sheet even when a signature is shared by many sheets. */
export const MAX_CANDIDATES = 200;
export const MAX_NEIGHBOURS = 500;
