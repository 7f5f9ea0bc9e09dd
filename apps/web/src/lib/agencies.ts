import { api } from '../api/client';
import type { Agency } from '../api/views';
import { unwrap } from './load';

/** Agency names by id (the province has a few dozen; one page is enough). */
export async function agencyNames(): Promise<Map<string, string>> {
  const page = unwrap(await api.GET('/api/v1/agencies', { params: { query: { limit: 500 } } }));
  return new Map(((page.items ?? []) as Agency[]).map((a) => [a.id ?? '', a.name ?? '']));
}
