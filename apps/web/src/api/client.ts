import createClient from 'openapi-fetch';
import { getAccessToken, refreshAccessToken } from '../auth/session';
import type { paths } from './schema';

/** Sends the in-memory access token; on a 401 refreshes once (cookie) and repeats the request. */
export async function authorizedFetch(input: Request): Promise<Response> {
  const attempt = (request: Request) => {
    const token = getAccessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return fetch(request);
  };
  const retry = input.clone();
  const res = await attempt(input);
  if (res.status !== 401 || !(await refreshAccessToken())) return res;
  return attempt(retry);
}

/** The typed client: paths, parameters and bodies come from the gateway's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '', fetch: authorizedFetch, credentials: 'same-origin' });

export type Paths = paths;
