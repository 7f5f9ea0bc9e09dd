/** Each variable knows how to parse itself; a parse failure names the variable and what was expected. */
export interface VariableSpec<T> {
  parse(raw: string): T | undefined;
  expected: string;
}

const variable = <T>(expected: string, parse: (raw: string) => T | undefined): VariableSpec<T> => ({ expected, parse });

export const env = {
  string: () => variable('a non-empty string', (raw) => (raw.length > 0 ? raw : undefined)),
  int: (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) =>
    variable(`an integer between ${min} and ${max}`, (raw) => {
      const n = Number(raw);
      return /^-?\d+$/.test(raw) && n >= min && n <= max ? n : undefined;
    }),
  port: () => env.int(0, 65535),
  bool: () => variable('true or false', (raw) => ({ true: true, false: false })[raw as 'true' | 'false']),
  url: () =>
    variable('a URL', (raw) => {
      try {
        return new URL(raw).toString().replace(/\/$/, '');
      } catch {
        return undefined;
      }
    }),
  oneOf: <T extends string>(...values: T[]) =>
    variable(`one of ${values.join(', ')}`, (raw) => (values.includes(raw as T) ? (raw as T) : undefined)),
  list: () =>
    variable('a comma-separated list', (raw) => {
      const items = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return items.length > 0 ? items : undefined;
    }),
  time: () => variable('a time HH:mm', (raw) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(raw) ? raw : undefined)),
  optionalString: () => variable('a string', (raw) => raw),
};

export type ConfigSchema = Record<string, VariableSpec<unknown>>;
export type ConfigOf<S extends ConfigSchema> = { [K in keyof S]: S[K] extends VariableSpec<infer T> ? T : never };
