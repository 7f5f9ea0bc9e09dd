import { commonConfigSchema, ConfigOf, env, VariableSpec } from '@papi/platform-config';

/** A decimal in [min, max], written with a point or as a fraction `a/b` (e.g. `1/3`). */
const decimal = (min: number, max: number): VariableSpec<number> => ({
  expected: `a number between ${min} and ${max} (decimal point or a fraction such as 1/3)`,
  parse: (raw) => {
    const value = parseDecimal(raw);
    return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
  },
});

function parseDecimal(raw: string): number {
  const fraction = /^(\d+)\/(\d+)$/.exec(raw);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
}

export const surveysConfigSchema = {
  ...commonConfigSchema,
  SURVEYS_PORT: env.port(),
  SURVEYS_DB_NAME: env.string(),
  DEFAULT_PROVINCE_CODE: env.string(),
  QUALITY_SPEEDER_SHARE: decimal(0, 1),
  QUALITY_SPEEDER_MIN_SAMPLE: env.int(1, 1_000_000),
  QUALITY_STRAIGHT_LINE_SHARE: decimal(0, 1),
  QUALITY_STRAIGHT_LINE_MIN_QUESTIONS: env.int(1, 1000),
  QUALITY_MAX_INTERVIEWS_PER_HOUR: env.int(1, 1000),
  QUALITY_NEAR_DUPLICATE_SIMILARITY: decimal(0, 1),
  INTAKE_BATCH_MAX: env.int(1, 1000),
  INTAKE_BATCHES_IN_FLIGHT: env.int(1, 64),
};

export type SurveysConfig = ConfigOf<typeof surveysConfigSchema>;
