import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Parses `NAME=value` lines (no quotes, no interpolation: the contract keeps .env.example that simple). */
export function parseEnvFile(text: string): Record<string, string> {
  const entries = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && line.includes('='))
    .map((line) => [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()]);
  return Object.fromEntries(entries);
}

/** Finds `.env.example` from the working directory or any parent of this file (dist or src layout). */
export function loadExampleDefaults(start = process.cwd()): Record<string, string> {
  for (const base of [start, __dirname]) {
    let dir = base;
    for (let i = 0; i < 8; i++) {
      const candidate = join(dir, '.env.example');
      if (existsSync(candidate)) return parseEnvFile(readFileSync(candidate, 'utf8'));
      dir = dirname(dir);
    }
  }
  return {};
}
