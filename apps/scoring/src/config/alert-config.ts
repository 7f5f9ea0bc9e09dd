import type { VariableSpec } from '@papi/platform-config';

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `7d`, `12h`, `30m`, `45s` → milliseconds; undefined for anything else (0 is allowed: no cooldown). */
export function parseDuration(raw: string): number | undefined {
  const match = /^(\d+)\s*([smhd])$/.exec(raw.trim());
  return match ? Number(match[1]) * UNIT_MS[match[2]] : undefined;
}

export const durationVariable = (): VariableSpec<number> => ({
  expected: 'a duration such as 7d, 12h, 30m or 45s',
  parse: parseDuration,
});

/** A non-negative decimal such as 0.5 (score points on the 1–10 scale). */
export const pointsVariable = (): VariableSpec<number> => ({
  expected: 'a non-negative number such as 0.5',
  parse: (raw) => (/^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : undefined),
});
