import { ConfigOf, ConfigSchema } from './config-schema';
import { loadExampleDefaults } from './env-file';

export class ConfigException extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Values that only exist for local runs: production must set its own. */
const LOCAL_ONLY_SECRETS = ['ADMIN_PASSWORD', 'JWT_SECRET', 'INTERNAL_SECRET'];

/**
 * Reads every variable of the schema from the environment, falling back to `.env.example`.
 * Fails at boot, naming each bad or missing variable, instead of at 3 a.m.
 */
export function loadConfig<S extends ConfigSchema>(
  schema: S,
  source: NodeJS.ProcessEnv = process.env,
  defaults: Record<string, string> = loadExampleDefaults(),
): ConfigOf<S> {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const raw = source[name] ?? defaults[name];
    if (raw === undefined) {
      problems.push(`${name} is missing (expected ${spec.expected})`);
      continue;
    }
    const value = spec.parse(raw);
    if (value === undefined) problems.push(`${name}="${raw}" is malformed (expected ${spec.expected})`);
    result[name] = value;
  }
  problems.push(...productionProblems(schema, source, defaults));
  if (problems.length > 0) throw new ConfigException(problems);
  return result as ConfigOf<S>;
}

function productionProblems(schema: ConfigSchema, source: NodeJS.ProcessEnv, defaults: Record<string, string>) {
  if (source.NODE_ENV !== 'production') return [];
  return LOCAL_ONLY_SECRETS.filter((name) => name in schema || name === 'ADMIN_PASSWORD')
    .filter((name) => defaults[name] !== undefined && (source[name] ?? defaults[name]) === defaults[name])
    .map((name) => `${name} still has the example value from .env.example: set a real secret for production`);
}
