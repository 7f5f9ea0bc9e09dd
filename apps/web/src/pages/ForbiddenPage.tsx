import { useI18n } from '../i18n/i18n';
import { Link } from '../lib/router';

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <section className="card forbidden" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t('forbidden.title')}</h1>
      <p>{t('forbidden.body')}</p>
      <p>
        <Link to="/">{t('forbidden.back')}</Link>
      </p>
    </section>
  );
}
