import { useEffect, useState } from 'react';
import { api } from './api/client';
import { refreshAccessToken, SessionUser, signOut } from './auth/session';
import { Layout } from './components/Layout';
import { useI18n } from './i18n/i18n';
import { homeFor, mayOpen } from './lib/access';
import { unwrap } from './lib/load';
import { matchPath, useRouter } from './lib/router';
import { BenchmarksPage } from './pages/BenchmarksPage';
import { BoardPage } from './pages/BoardPage';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { LoginPage } from './pages/LoginPage';
import { OverviewPage } from './pages/OverviewPage';
import { PlansPage } from './pages/PlansPage';
import { PlanTreePage } from './pages/PlanTreePage';
import { RankingPage } from './pages/RankingPage';
import { ReviewsPage } from './pages/ReviewsPage';
import { TaskPage } from './pages/TaskPage';
import { TasksPage } from './pages/TasksPage';
import { UnitsPage } from './pages/UnitsPage';
import { WavesPage } from './pages/WavesPage';

type Auth = { state: 'checking' } | { state: 'anonymous' } | { state: 'signed-in'; user: SessionUser };

async function loadUser(): Promise<SessionUser> {
  return unwrap(await api.GET('/api/v1/users/me')) as SessionUser;
}

export function App() {
  const { t } = useI18n();
  const { location, navigate } = useRouter();
  const [auth, setAuth] = useState<Auth>({ state: 'checking' });

  // A reload forgets the access token: the httpOnly refresh cookie brings the session back.
  useEffect(() => {
    refreshAccessToken()
      .then(async (ok) =>
        ok ? setAuth({ state: 'signed-in', user: await loadUser() }) : setAuth({ state: 'anonymous' }),
      )
      .catch(() => setAuth({ state: 'anonymous' }));
  }, []);

  if (auth.state === 'checking') return <p role="status">{t('loading')}</p>;
  if (auth.state === 'anonymous') {
    return (
      <LoginPage
        onSignedIn={() =>
          void loadUser().then((user) => {
            setAuth({ state: 'signed-in', user });
            if (location.path === '/' || location.path === '/login') navigate(homeFor(user.role));
          })
        }
      />
    );
  }
  const { user } = auth;
  const path = location.path === '/' || location.path === '/login' ? homeFor(user.role) : location.path;
  const taskId = matchPath('/tasks/:id', path)?.id;
  const planId = matchPath('/plans/:id', path)?.id;
  let page;
  if (!mayOpen(user.role, path)) page = <ForbiddenPage />;
  else if (taskId) page = <TaskPage id={taskId} user={user} />;
  else if (planId) page = <PlanTreePage id={planId} />;
  else if (path === '/plans') page = <PlansPage />;
  else if (path === '/overview') page = <OverviewPage user={user} />;
  else if (path === '/tasks') page = <TasksPage user={user} />;
  else if (path === '/board') page = <BoardPage />;
  else if (path === '/waves') page = <WavesPage />;
  else if (path === '/reviews') page = <ReviewsPage />;
  else if (path === '/ranking') page = <RankingPage user={user} />;
  else if (path === '/units') page = <UnitsPage user={user} />;
  else if (path === '/benchmarks') page = <BenchmarksPage />;
  else page = <h1>{t('notFound.title')}</h1>;
  return (
    <Layout
      user={user}
      onSignOut={() =>
        void signOut().then(() => {
          setAuth({ state: 'anonymous' });
          navigate('/login');
        })
      }
    >
      {page}
    </Layout>
  );
}
