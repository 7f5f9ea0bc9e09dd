import { randomUUID } from 'node:crypto';
import { dropDatabase, testCommonConfig, testEnv } from '@papi/testing';

const SERVICES = ['GATEWAY', 'PLANS', 'SURVEYS', 'SCORING', 'NOTIFICATIONS'];

/**
 * A suite's own databases (`<SERVICE>_DB_NAME` overrides, created by the apps at start): for suites whose
 * numbers must not meet what other suites post to the same seeded wave and units. Drop them at the end.
 */
export function ownDatabases(label: string): Record<string, string> {
  const suffix = `_${label}_${randomUUID().slice(0, 8)}`;
  const base = testEnv();
  return Object.fromEntries(SERVICES.map((s) => [`${s}_DB_NAME`, `${base[`${s}_DB_NAME`]}${suffix}`]));
}

export async function dropDatabases(databases: Record<string, string>): Promise<void> {
  const settings = testCommonConfig();
  for (const name of Object.values(databases)) await dropDatabase(settings, name);
}
