import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { onApiStatus } from './api.js';
import { resolveIdentity } from './identity.js';
import { AccessContext, allowed, type Access } from './permissions.js';
import { useRoute } from './router.js';
import { clearKey, storedKey, type Identity } from './session.js';
import { AlertQueue } from './screens/alerts.js';
import { CaseView } from './screens/case.js';
import { LazyDashboard } from './lazy-dashboard.js';
import { ListedParty } from './screens/listed-party.js';
import { Lists } from './screens/lists.js';
import { RuleAlertView } from './screens/rule-alert.js';
import { RuleAlertQueue } from './screens/rule-alerts.js';
import { Screening } from './screens/screening.js';
import { SignIn } from './screens/sign-in.js';

/** The shell: sign-in gate, navigation by role, and the screen for the current hash route. */
const NAV: { route: string; label: string; permission: Parameters<typeof allowed>[1] }[] = [
  { route: 'screen', label: 'Screening', permission: 'screen:run' },
  { route: 'alerts', label: 'Alerts', permission: 'alerts:read' },
  { route: 'lists', label: 'Lists', permission: 'lists:read' },
  { route: 'dashboard', label: 'Monitoring', permission: 'alerts:read' },
];

function Screen({ route, access }: { route: string[]; access: Access }): JSX.Element {
  const [head, a, b] = route;
  switch (head) {
    case 'alerts':
      return a ? <CaseView alertId={Number(a)} /> : <AlertQueue />;
    case 'rule-alerts':
      return a ? <RuleAlertView id={Number(a)} /> : <RuleAlertQueue />;
    case 'lists':
      return a === 'party' && b ? <ListedParty reference={b} /> : <Lists />;
    case 'dashboard':
      return <LazyDashboard />;
    case 'screen':
      return <Screening />;
    default:
      // The first screen the role may use.
      return allowed(access, 'screen:run') ? <Screening /> : <AlertQueue />;
  }
}

export function App(): JSX.Element {
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [checking, setChecking] = useState(storedKey() !== null);
  const route = useRoute();

  // A reload keeps the session: re-check the stored key rather than trusting it.
  useEffect(() => {
    const key = storedKey();
    if (!key) return;
    resolveIdentity(key).then(setIdentity, () => clearKey()).finally(() => setChecking(false));
  }, []);

  useEffect(
    () =>
      onApiStatus((status) => {
        // A key revoked (or its user disabled) while the tab is open: back to the sign-in form.
        if (status === 401) {
          clearKey();
          setIdentity(null);
        }
      }),
    [],
  );

  if (checking) return <p class="muted" role="status">Checking the session…</p>;
  if (!identity) return <SignIn onSignedIn={setIdentity} />;
  const access: Access = { identity };
  const current = route[0] ?? '';
  return (
    <AccessContext.Provider value={access}>
      <a class="skip" href="#content" onClick={(e) => { e.preventDefault(); document.getElementById('content')?.focus(); }}>Skip to content</a>
      <header class="top">
        <span class="brand">Interdict</span>
        <nav aria-label="Main">
          {NAV.filter((n) => allowed(access, n.permission)).map((n) => (
            <a key={n.route} href={`#/${n.route}`} aria-current={current === n.route || (n.route === 'alerts' && current === 'rule-alerts') ? 'page' : undefined}>{n.label}</a>
          ))}
        </nav>
        <span class="who" data-testid="who" title={identity.keyName ? `key: ${identity.keyName}` : undefined}>
          Signed in as <strong>{identity.username}</strong> · {identity.role}
        </span>
        <button type="button" class="link" onClick={() => { clearKey(); setIdentity(null); }}>Sign out</button>
      </header>
      <div id="content" tabIndex={-1}>
        <Screen route={route} access={access} />
      </div>
    </AccessContext.Provider>
  );
}
