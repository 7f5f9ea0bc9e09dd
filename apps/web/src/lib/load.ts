import { useEffect, useEffectEvent, useState } from 'react';

/** A problem+json answer (RFC 9457) as the gateway and services send it. */
export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  errors?: { pointer?: string; detail: string; row?: number }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

/** openapi-fetch answers `{ data, error, response }`; pages want the data or an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const body = (result.error ?? {}) as Partial<Problem>;
  throw new ApiError({ ...body, status: result.response.status });
}

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; error: ApiError | Error } | { state: 'ready'; data: T };

/**
 * Loads a page's data, again when one of `deps` (ids, codes) changes or `reload()` is called. An answer
 * that arrives after the page moved on is dropped. `load` is an effect event: it always sees the latest
 * props, so only the values listed in `deps` trigger a new request.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: readonly (string | number | boolean | null | undefined)[],
): [Loaded<T>, () => void] {
  const [value, setValue] = useState<Loaded<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const onLoad = useEffectEvent(load);
  const key = JSON.stringify(deps);
  useEffect(() => {
    let live = true;
    onLoad().then(
      (data) => live && setValue({ state: 'ready', data }),
      (error: Error) => live && setValue({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [key, version]);
  return [value, () => setVersion((v) => v + 1)];
}

export const isForbidden = (error: unknown) => error instanceof ApiError && error.problem.status === 403;
