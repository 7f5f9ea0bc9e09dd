import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { isForbidden, Loaded } from '../lib/load';
import { ForbiddenPage } from '../pages/ForbiddenPage';

/** Loading, error and forbidden states shared by every page; a 403 from the gateway shows the forbidden page. */
export function DataState<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (loaded.state === 'loading') return <p role="status">{t('loading')}</p>;
  if (loaded.state === 'error') {
    if (isForbidden(loaded.error)) return <ForbiddenPage />;
    return (
      <p role="alert" className="error">
        {t('loadFailed')} <small>({loaded.error.message})</small>
      </p>
    );
  }
  return <>{children(loaded.data)}</>;
}
