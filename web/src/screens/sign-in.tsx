import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { useAction } from '../hooks.js';
import { resolveIdentity, signInError } from '../identity.js';
import { storeKey, type Identity } from '../session.js';

/** Sign-in with an API key. The key is checked against the server before it is kept. */
export function SignIn({ onSignedIn }: { onSignedIn: (identity: Identity) => void }): JSX.Element {
  const [key, setKey] = useState('');
  const check = useAction();

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    await check.run(async () => {
      const identity = await resolveIdentity(key.trim());
      storeKey(key.trim());
      onSignedIn(identity);
    });
  }

  return (
    <main class="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Interdict</h1>
        <p class="muted">Sanctions screening and case work. Sign in with the API key your administrator issued (<code>interdict keys create</code>).</p>
        <label for="api-key">API key</label>
        <input id="api-key" name="api-key" type="password" autocomplete="off" required value={key} onInput={(e) => setKey(e.currentTarget.value)} />
        {check.error ? <p class="problem" role="alert">{signInError(check.error)}</p> : null}
        <button type="submit" disabled={check.busy || key.trim() === ''}>{check.busy ? 'Checking…' : 'Sign in'}</button>
        <p class="muted small">The key is kept in this browser tab only and is forgotten when the tab closes.</p>
      </form>
    </main>
  );
}
