import { Caller } from '@papi/platform-http';

/** Every record belongs to a province: the caller's, or the seeded default for system callers. */
export function provinceOf(caller: Caller, fallback: string): string {
  return caller.provinceCode || fallback;
}
