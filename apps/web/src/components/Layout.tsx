import { ReactNode, useState } from 'react';
import type { SessionUser } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { navFor } from '../lib/access';
import { Link, useRouter } from '../lib/router';

/** Header with the role's navigation (a disclosure menu on phones), language toggle and sign-out. */
export function Layout({ user, onSignOut, children }: { user: SessionUser; onSignOut(): void; children: ReactNode }) {
  const { t, toggle, lang } = useI18n();
  const { location } = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header className="top">
        <span className="brand">{t('appName')}</span>
        <button
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls="main-nav"
          onClick={() => setOpen((o) => !o)}
        >
          {t('menu')}
        </button>
        <nav id="main-nav" className={open ? 'open' : ''} aria-label={t('menu')} onClick={() => setOpen(false)}>
          <ul>
            {navFor(user.role).map((page) => (
              <li key={page.path}>
                <Link to={page.path} aria-current={location.path.startsWith(page.path) ? 'page' : undefined}>
                  {page.path === '/tasks' && user.role === 'agency_officer' ? t('nav.myTasks') : t(page.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <span className="muted" title={user.role}>
            {user.email}
          </span>
          <button
            type="button"
            className="link"
            onClick={toggle}
            title={t('languageLabel')}
            lang={lang === 'vi' ? 'en' : 'vi'}
          >
            {t('language')}
          </button>
          <button type="button" className="link" onClick={onSignOut}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
