import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The dashboard carries uPlot (about half the app's code), so it is loaded only when opened: the
 * screens analysts use all day start faster.
 */
export function LazyDashboard(): JSX.Element {
  const [Screen, setScreen] = useState<ComponentType | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    import('./screens/dashboard.js').then(
      (m) => setScreen(() => m.Dashboard),
      (err: unknown) => setError(String(err)),
    );
  }, []);
  if (error) return <p class="problem" role="alert">Could not load the dashboard: {error}</p>;
  return Screen ? <Screen /> : <p class="muted" role="status">Loading the dashboard…</p>;
}
