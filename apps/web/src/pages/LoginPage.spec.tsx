// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { LoginPage } from './LoginPage';

// A pure component test: the network is replaced; the real gateway is exercised by the browser e2e.
afterEach(() => vi.unstubAllGlobals());

function fill() {
  fireEvent.change(screen.getByLabelText('Thư điện tử'), { target: { value: 'a@b.example' } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'sai-mat-khau' } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('login page', () => {
  it('says in Vietnamese that the credentials are wrong on a 401, and keeps no token', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 401 })),
    );
    const signedIn = vi.fn();
    render(
      <I18nProvider>
        <LoginPage onSignedIn={signedIn} />
      </I18nProvider>,
    );
    fill();
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Thư điện tử hoặc mật khẩu không đúng.');
    expect(signedIn).not.toHaveBeenCalled();
    expect(localStorage.getItem('papi.lang')).toBe('vi');
    expect(Object.keys(localStorage)).toEqual(['papi.lang']);
  });

  it('signs in on a 200 and sends the credentials as JSON', async () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ accessToken: 'x', refreshToken: 'y' }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const signedIn = vi.fn();
    render(
      <I18nProvider>
        <LoginPage onSignedIn={signedIn} />
      </I18nProvider>,
    );
    fill();
    // Testing Library's waitFor (not vi.waitFor) lets React's act() see the form's last update (busy off).
    await waitFor(() => expect(signedIn).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Đăng nhập' })).toHaveProperty('disabled', false));
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/auth/login');
    expect(JSON.parse(String(init.body))).toEqual({ email: 'a@b.example', password: 'sai-mat-khau' });
  });
});
