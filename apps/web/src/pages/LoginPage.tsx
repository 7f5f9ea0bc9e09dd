import { FormEvent, useState } from 'react';
import { signIn } from '../auth/session';
import { useI18n } from '../i18n/i18n';

export function LoginPage({ onSignedIn }: { onSignedIn(): void }) {
  const { t, toggle } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const result = await signIn(String(form.get('email')), String(form.get('password')));
      if (result.ok) return onSignedIn();
      setError(
        result.status === 401 ? t('login.wrong') : result.status === 429 ? t('login.throttled') : t('login.failed'),
      );
    } catch {
      setError(t('login.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login" id="main">
      <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="login-title" noValidate={false}>
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.lead')}</p>
        <label htmlFor="email">{t('login.email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">{t('login.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('login.submit')}
        </button>
        <button type="button" className="link" onClick={toggle}>
          {t('language')}
        </button>
      </form>
    </main>
  );
}
