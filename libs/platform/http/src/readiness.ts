/** A named readiness probe; `/health/ready` is 200 only when every probe passes. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<boolean>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

export async function runChecks(checks: ReadinessCheck[], timeoutMs = 2000): Promise<Record<string, boolean>> {
  const results = await Promise.all(
    checks.map(async (c) => {
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
      const ok = await Promise.race([c.check().catch(() => false), timeout]);
      return [c.name, ok] as const;
    }),
  );
  return Object.fromEntries(results);
}
