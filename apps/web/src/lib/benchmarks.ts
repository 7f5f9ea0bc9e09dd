import { api } from '../api/client';

/** The latest official PAPI table loaded: probes the recent editions (there is no list route). */
export async function latestBenchmarkYear(now = new Date()): Promise<number | null> {
  const years = Array.from({ length: 10 }, (_, i) => now.getFullYear() - i);
  const found = await Promise.all(
    years.map(async (year) => {
      const { response } = await api.GET('/api/v1/benchmarks/{year}/ranking', {
        params: { path: { year } },
      });
      return response.ok ? year : null;
    }),
  );
  return found.find((y) => y !== null) ?? null;
}
